package io.nape.store.catalogue;

import io.nape.core.catalogue.Area;
import io.nape.core.catalogue.Breathing;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Dosage;
import io.nape.core.catalogue.Equipment;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.ExerciseTexts;
import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.IntRange;
import io.nape.core.catalogue.Joint;
import io.nape.core.catalogue.MoveStep;
import io.nape.core.catalogue.Movement;
import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.PhaseCues;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Pose;
import io.nape.core.catalogue.Position;
import io.nape.core.catalogue.Prop;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.catalogue.RoutineTexts;
import io.nape.core.catalogue.Side;
import io.nape.core.catalogue.Sides;
import io.nape.core.catalogue.Style;
import io.nape.core.catalogue.View;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The built-in catalogue, loaded and checked at build time and kept as one compact file
 * ({@value #RESOURCE}), so that a run without files of the person's own reads it in a few
 * milliseconds instead of parsing and checking every YAML file again.
 *
 * <p>The file holds the English catalogue and, per language, the texts the loader put in place of
 * the English ones; reading builds every record through its own constructor, so each is checked as
 * it would be from YAML, and each language through {@link Catalogue#withTexts}, as the loader does.
 * The build writes it with {@link #main}; a test compares it with what the YAML gives. Where it is
 * missing (classes run straight from the sources), the loader reads the YAML files.
 */
public final class CompiledCatalogue {
    /** Where the build puts the file, on the class path. */
    public static final String RESOURCE = "catalogue/built-in.bin";

    private static final int MAGIC = 0x4E415043; // "NAPC"
    private static final int VERSION = 1;

    /** The enums' constants in order: a file written by a build whose enums differ is not read. */
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            Part.class,
            Style.class,
            Position.class,
            Equipment.class,
            Area.class,
            Sides.class,
            Breathing.class,
            View.class,
            Prop.class,
            Side.class,
            PhaseKind.class,
            Joint.class);

    private CompiledCatalogue() {}

    /** Write the built-in catalogue under the folder given (the build's classes folder). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompiledCatalogue <classes folder>");
        }
        CatalogueLoad load =
                new CatalogueLoader().load(CatalogueLoader.builtInSources(), CatalogueLoader.builtInLanguages());
        if (!load.problems().isEmpty()) {
            throw new IllegalStateException(
                    "the built-in catalogue has problems:\n" + String.join("\n", load.problems()));
        }
        Path file = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(load, out);
        }
    }

    /**
     * The built-in catalogue from the file the build made; empty where there is none or where it was
     * made by a build whose enums differ.
     */
    static Optional<CatalogueLoad> builtIn() {
        InputStream in = CompiledCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return Optional.empty();
        }
        try (InputStream open = in) {
            return read(open);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read built-in resource " + RESOURCE, unreadable);
        }
    }

    /** Write a load that has no problems: its catalogue and, per language, the texts it put in. */
    static void write(CatalogueLoad load, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(enumsFingerprint());
        Catalogue english = load.catalogue();
        out.writeInt(english.exercises().size());
        for (Exercise exercise : english.exercises()) {
            writeExercise(out, exercise);
        }
        out.writeInt(english.routines().size());
        for (Routine routine : english.routines()) {
            writeRoutine(out, routine);
        }
        List<Locale> languages = load.languages().subList(1, load.languages().size());
        out.writeInt(languages.size());
        for (Locale language : languages) {
            Catalogue translated = load.catalogue(language);
            out.writeUTF(language.toLanguageTag());
            out.writeInt(translated.exercises().size());
            for (Exercise exercise : translated.exercises()) {
                out.writeUTF(exercise.id().value());
                out.writeUTF(exercise.name());
                writeStrings(out, exercise.steps());
                writeCues(out, exercise.cues());
                writeStrings(out, exercise.notes());
                writeStrings(
                        out, exercise.sequence().stream().map(MoveStep::cue).toList());
            }
            out.writeInt(translated.routines().size());
            for (Routine routine : translated.routines()) {
                out.writeUTF(routine.id().value());
                out.writeUTF(routine.name());
                out.writeUTF(routine.summary());
                writeStrings(out, routine.notes());
            }
            writeCues(out, translated.phaseCues().cues());
        }
        out.flush();
    }

    /** The catalogue in the file; empty when the file was written by another version of the build. */
    static Optional<CatalogueLoad> read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != enumsFingerprint()) {
            return Optional.empty();
        }
        int exerciseCount = in.readInt();
        List<Exercise> exercises = new ArrayList<>(exerciseCount);
        for (int i = 0; i < exerciseCount; i++) {
            exercises.add(readExercise(in));
        }
        int routineCount = in.readInt();
        List<Routine> routines = new ArrayList<>(routineCount);
        for (int i = 0; i < routineCount; i++) {
            routines.add(readRoutine(in));
        }
        Catalogue english = Catalogue.of(exercises, routines);
        int languageCount = in.readInt();
        Map<Locale, Catalogue> translations = new LinkedHashMap<>();
        for (int l = 0; l < languageCount; l++) {
            Locale language = Locale.forLanguageTag(in.readUTF());
            int textCount = in.readInt();
            Map<ExerciseId, ExerciseTexts> exerciseTexts = new LinkedHashMap<>();
            for (int i = 0; i < textCount; i++) {
                ExerciseId id = new ExerciseId(in.readUTF());
                exerciseTexts.put(
                        id,
                        new ExerciseTexts(
                                in.readUTF(), readStrings(in), readCues(in), readStrings(in), readStrings(in)));
            }
            int routineTextCount = in.readInt();
            Map<RoutineId, RoutineTexts> routineTexts = new LinkedHashMap<>();
            for (int i = 0; i < routineTextCount; i++) {
                RoutineId id = new RoutineId(in.readUTF());
                routineTexts.put(id, new RoutineTexts(in.readUTF(), in.readUTF(), readStrings(in)));
            }
            PhaseCues cues = new PhaseCues(readCues(in));
            translations.put(language, english.withTexts(exerciseTexts, routineTexts, cues));
        }
        return Optional.of(new CatalogueLoad(english, List.of(), List.of(), translations));
    }

    private static int enumsFingerprint() {
        int hash = 1;
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                hash = 31 * hash + constant.name().hashCode();
            }
            hash = 31 * hash + type.getSimpleName().hashCode();
        }
        return hash;
    }

    private static void writeExercise(DataOutputStream out, Exercise exercise) throws IOException {
        out.writeUTF(exercise.id().value());
        out.writeUTF(exercise.name());
        writeEnum(out, exercise.part());
        out.writeInt(exercise.number());
        writeEnum(out, exercise.style());
        writeEnum(out, exercise.position());
        writeEnums(out, exercise.equipment());
        writeEnums(out, exercise.areas());
        writeStrings(out, exercise.steps());
        Dosage dosage = exercise.dosage();
        writeRange(out, dosage.hold());
        writeRange(out, dosage.relax());
        writeRange(out, dosage.repetitions());
        writeEnum(out, dosage.sides());
        writeEnum(out, dosage.breathing());
        out.writeInt(dosage.movements());
        out.writeInt(dosage.movementSeconds());
        writeCues(out, exercise.cues());
        writeStrings(out, exercise.notes());
        out.writeInt(exercise.prepareSeconds());
        out.writeInt(exercise.sequence().size());
        for (MoveStep step : exercise.sequence()) {
            out.writeUTF(step.cue());
            out.writeInt(step.movements());
        }
        Figure figure = exercise.figure();
        out.writeBoolean(figure != null);
        if (figure != null) {
            writeEnum(out, figure.view());
            writeEnums(out, figure.props());
            writeNullableEnum(out, figure.drawn());
            writeEnum(out, figure.key());
            out.writeInt(figure.poses().size());
            for (Map.Entry<PhaseKind, Pose> pose : figure.poses().entrySet()) {
                writeEnum(out, pose.getKey());
                writePose(out, pose.getValue());
            }
            out.writeInt(figure.moves().size());
            for (Movement move : figure.moves()) {
                out.writeInt(move.cycle().size());
                for (Pose pose : move.cycle()) {
                    writePose(out, pose);
                }
                out.writeInt(move.cycleSeconds());
            }
        }
    }

    private static Exercise readExercise(DataInputStream in) throws IOException {
        ExerciseId id = new ExerciseId(in.readUTF());
        String name = in.readUTF();
        Part part = readEnum(in, Part.values());
        int number = in.readInt();
        Style style = readEnum(in, Style.values());
        Position position = readEnum(in, Position.values());
        List<Equipment> equipment = readEnums(in, Equipment.values());
        List<Area> areas = readEnums(in, Area.values());
        List<String> steps = readStrings(in);
        Dosage dosage = new Dosage(
                readRange(in),
                readRange(in),
                readRange(in),
                readEnum(in, Sides.values()),
                readEnum(in, Breathing.values()),
                in.readInt(),
                in.readInt());
        Map<PhaseKind, String> cues = readCues(in);
        List<String> notes = readStrings(in);
        int prepareSeconds = in.readInt();
        int stepCount = in.readInt();
        List<MoveStep> sequence = new ArrayList<>(stepCount);
        for (int i = 0; i < stepCount; i++) {
            sequence.add(new MoveStep(in.readUTF(), in.readInt()));
        }
        @Nullable Figure figure = null;
        if (in.readBoolean()) {
            View view = readEnum(in, View.values());
            List<Prop> props = readEnums(in, Prop.values());
            @Nullable Side drawn = readNullableEnum(in, Side.values());
            PhaseKind key = readEnum(in, PhaseKind.values());
            int poseCount = in.readInt();
            Map<PhaseKind, Pose> poses = new LinkedHashMap<>();
            for (int i = 0; i < poseCount; i++) {
                poses.put(readEnum(in, PhaseKind.values()), readPose(in));
            }
            int moveCount = in.readInt();
            List<Movement> moves = new ArrayList<>(moveCount);
            for (int i = 0; i < moveCount; i++) {
                int keys = in.readInt();
                List<Pose> cycle = new ArrayList<>(keys);
                for (int k = 0; k < keys; k++) {
                    cycle.add(readPose(in));
                }
                moves.add(new Movement(cycle, in.readInt()));
            }
            figure = new Figure(view, props, drawn, key, poses, moves);
        }
        return new Exercise(
                id,
                name,
                part,
                number,
                style,
                position,
                equipment,
                areas,
                steps,
                dosage,
                cues,
                notes,
                prepareSeconds,
                sequence,
                figure);
    }

    private static void writeRoutine(DataOutputStream out, Routine routine) throws IOException {
        out.writeUTF(routine.id().value());
        out.writeUTF(routine.name());
        out.writeUTF(routine.summary());
        writeEnum(out, routine.part());
        out.writeInt(routine.items().size());
        for (RoutineItem item : routine.items()) {
            out.writeUTF(item.exercise().value());
            IntRange repetitions = item.repetitions();
            out.writeBoolean(repetitions != null);
            if (repetitions != null) {
                writeRange(out, repetitions);
            }
            writeNullableEnum(out, item.side());
        }
        out.writeInt(routine.restSeconds());
        writeStrings(out, routine.notes());
    }

    private static Routine readRoutine(DataInputStream in) throws IOException {
        RoutineId id = new RoutineId(in.readUTF());
        String name = in.readUTF();
        String summary = in.readUTF();
        Part part = readEnum(in, Part.values());
        int itemCount = in.readInt();
        List<RoutineItem> items = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            ExerciseId exercise = new ExerciseId(in.readUTF());
            @Nullable IntRange repetitions = in.readBoolean() ? readRange(in) : null;
            items.add(new RoutineItem(exercise, repetitions, readNullableEnum(in, Side.values())));
        }
        return new Routine(id, name, summary, part, items, in.readInt(), readStrings(in));
    }

    /** A pose as the joints that are not at 0, each by its position in {@link Joint}. */
    private static void writePose(DataOutputStream out, Pose pose) throws IOException {
        List<Map.Entry<Joint, Double>> turned = pose.angles().entrySet().stream()
                .filter(angle -> angle.getValue() != 0)
                .toList();
        out.writeByte(turned.size());
        for (Map.Entry<Joint, Double> angle : turned) {
            out.writeByte(angle.getKey().ordinal());
            out.writeDouble(angle.getValue());
        }
    }

    private static Pose readPose(DataInputStream in) throws IOException {
        int count = in.readUnsignedByte();
        Joint[] joints = Joint.values();
        Map<Joint, Double> angles = new EnumMap<>(Joint.class);
        for (int i = 0; i < count; i++) {
            angles.put(joints[in.readUnsignedByte()], in.readDouble());
        }
        return Pose.of(angles);
    }

    private static void writeRange(DataOutputStream out, IntRange range) throws IOException {
        out.writeInt(range.min());
        out.writeInt(range.max());
    }

    private static IntRange readRange(DataInputStream in) throws IOException {
        return new IntRange(in.readInt(), in.readInt());
    }

    private static void writeCues(DataOutputStream out, Map<PhaseKind, String> cues) throws IOException {
        out.writeInt(cues.size());
        for (Map.Entry<PhaseKind, String> cue : cues.entrySet()) {
            writeEnum(out, cue.getKey());
            out.writeUTF(cue.getValue());
        }
    }

    private static Map<PhaseKind, String> readCues(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<PhaseKind, String> cues = new LinkedHashMap<>();
        PhaseKind[] kinds = PhaseKind.values();
        for (int i = 0; i < count; i++) {
            cues.put(readEnum(in, kinds), in.readUTF());
        }
        return cues;
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeUTF(string);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    /** An enum constant by its position: the file is written and read by the same build. */
    private static void writeEnum(DataOutputStream out, Enum<?> value) throws IOException {
        out.writeByte(value.ordinal());
    }

    private static <E extends Enum<E>> E readEnum(DataInputStream in, E[] values) throws IOException {
        return values[in.readUnsignedByte()];
    }

    private static void writeNullableEnum(DataOutputStream out, @Nullable Enum<?> value) throws IOException {
        out.writeByte(value == null ? 255 : value.ordinal());
    }

    private static <E extends Enum<E>> @Nullable E readNullableEnum(DataInputStream in, E[] values) throws IOException {
        int ordinal = in.readUnsignedByte();
        return ordinal == 255 ? null : values[ordinal];
    }

    private static void writeEnums(DataOutputStream out, List<? extends Enum<?>> values) throws IOException {
        out.writeInt(values.size());
        for (Enum<?> value : values) {
            writeEnum(out, value);
        }
    }

    private static <E extends Enum<E>> List<E> readEnums(DataInputStream in, E[] values) throws IOException {
        int count = in.readInt();
        List<E> read = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            read.add(readEnum(in, values));
        }
        return read;
    }
}
