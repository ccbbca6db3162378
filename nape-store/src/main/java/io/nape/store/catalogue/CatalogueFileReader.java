package io.nape.store.catalogue;

import io.nape.core.catalogue.Area;
import io.nape.core.catalogue.Breathing;
import io.nape.core.catalogue.Dosage;
import io.nape.core.catalogue.Equipment;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Figure;
import io.nape.core.catalogue.IntRange;
import io.nape.core.catalogue.MoveStep;
import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Position;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.RoutineItem;
import io.nape.core.catalogue.Sides;
import io.nape.core.catalogue.Style;
import io.nape.store.yaml.Problems;
import io.nape.store.yaml.YamlFile;
import io.nape.store.yaml.YamlItem;
import io.nape.store.yaml.YamlMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Read one catalogue file into exercises and routines, checking each field. Problems are added
 * with the file and line; an entry with a problem is left out.
 */
final class CatalogueFileReader {
    static final int DEFAULT_PREPARE_SECONDS = 5;
    static final int DEFAULT_REST_SECONDS = 5;

    /** The most exercises in one file; the built-in files have at most 12. */
    static final int MAX_EXERCISES_PER_FILE = 200;

    /** The most routines in one file; the built-in files have at most 6. */
    static final int MAX_ROUTINES_PER_FILE = 100;

    private static final Set<String> FILE_KEYS = Set.of("part", "exercises", "routines", "notes");
    private static final Set<String> EXERCISE_KEYS = Set.of(
            "id",
            "number",
            "name",
            "style",
            "position",
            "equipment",
            "areas",
            "steps",
            "dosage",
            "cues",
            "notes",
            "prepareSeconds",
            "sequence",
            "figure");
    private static final Set<String> STEP_KEYS = Set.of("cue", "movements");
    private static final Set<String> DOSAGE_KEYS =
            Set.of("hold", "relax", "repetitions", "sides", "breathing", "movements", "movementSeconds");
    private static final Set<String> ROUTINE_KEYS =
            Set.of("id", "name", "summary", "exercises", "rest", "notes", "maxMinutes");
    private static final Set<String> ITEM_KEYS = Set.of("exercise", "repetitions");

    private final Problems problems;

    CatalogueFileReader(Problems problems) {
        this.problems = problems;
    }

    CatalogueFile read(String file, String text) {
        Optional<YamlMap> parsed = YamlFile.parse(file, text, problems);
        if (parsed.isEmpty()) {
            return CatalogueFile.empty(file);
        }
        YamlMap root = parsed.get();
        root.allowOnly(FILE_KEYS);
        Optional<Part> part = root.enumValue("part", Part.class);
        if (!root.has("part")) {
            root.problem(root.line(), "'part' is missing; it must be one of " + YamlMap.choices(Part.class));
        }
        if (!root.has("exercises") && !root.has("routines")) {
            root.problem(root.line(), "the file needs 'exercises:' or 'routines:'");
        }
        List<YamlItem> exerciseItems = root.items("exercises");
        List<YamlItem> routineItems = root.items("routines");
        if (exerciseItems.size() > MAX_EXERCISES_PER_FILE) {
            root.problem(
                    root.lineOf("exercises"),
                    "a file may hold at most " + MAX_EXERCISES_PER_FILE + " exercises, this one has "
                            + exerciseItems.size() + "; split it into smaller files");
            return CatalogueFile.empty(file);
        }
        if (routineItems.size() > MAX_ROUTINES_PER_FILE) {
            root.problem(
                    root.lineOf("routines"),
                    "a file may hold at most " + MAX_ROUTINES_PER_FILE + " routines, this one has "
                            + routineItems.size() + "; split it into smaller files");
            return CatalogueFile.empty(file);
        }
        List<Located<Exercise>> exercises = new ArrayList<>();
        for (YamlItem item : exerciseItems) {
            if (item.map() == null) {
                root.problem(item.line(), "each exercise must be a mapping with 'id:', 'name:' and so on");
            } else if (part.isPresent()) {
                exercise(item.map(), part.get()).ifPresent(exercises::add);
            }
        }
        List<Located<Routine>> routines = new ArrayList<>();
        for (YamlItem item : routineItems) {
            if (item.map() == null) {
                root.problem(item.line(), "each routine must be a mapping with 'id:', 'name:' and 'exercises:'");
            } else if (part.isPresent()) {
                routine(item.map(), part.get()).ifPresent(routines::add);
            }
        }
        return new CatalogueFile(file, exercises, routines);
    }

    private Optional<Located<Exercise>> exercise(YamlMap map, Part part) {
        int before = problems.size();
        map.allowOnly(EXERCISE_KEYS);
        Optional<ExerciseId> id = id(map).map(ExerciseId::new);
        String name = map.requireString("name");
        int number = map.integer("number", 0, 99).orElse(0);
        Optional<Style> style = map.enumValue("style", Style.class);
        requireKey(map, "style", Style.class);
        Position position = map.enumValue("position", Position.class).orElse(Position.ANY);
        List<Equipment> equipment = map.enumList("equipment", Equipment.class);
        List<Area> areas = map.enumList("areas", Area.class);
        List<String> steps = map.strings("steps");
        if (steps.isEmpty()) {
            map.problem(map.lineOf("steps"), "'steps' must list at least one step");
        }
        Optional<Dosage> dosage = map.map("dosage").flatMap(this::dosage);
        if (!map.has("dosage") && style.isPresent() && style.get() != Style.CARD) {
            map.problem(map.line(), "'dosage' is missing; a timed exercise needs one");
        }
        Map<PhaseKind, String> cues = cues(map);
        style.ifPresent(known -> requireCues(map, known, cues));
        List<String> notes = map.strings("notes");
        int prepare =
                map.integer("prepareSeconds", 0, Exercise.MAX_PREPARE_SECONDS).orElse(DEFAULT_PREPARE_SECONDS);
        List<MoveStep> sequence = sequence(map);
        Figure figure = map.map("figure")
                .flatMap(block -> FigureReader.read(block, position))
                .orElse(null);
        if (problems.size() > before || id.isEmpty() || style.isEmpty()) {
            return Optional.empty();
        }
        Dosage chosen = dosage.orElse(cardDosage());
        try {
            Exercise.checkSequence(id.get(), style.get(), chosen, sequence);
        } catch (IllegalArgumentException invalid) {
            map.problem(
                    map.has("sequence") ? map.lineOf("sequence") : map.line(), String.valueOf(invalid.getMessage()));
            return Optional.empty();
        }
        return build(
                        map,
                        () -> new Exercise(
                                id.get(),
                                name,
                                part,
                                number,
                                style.get(),
                                position,
                                equipment,
                                areas,
                                steps,
                                chosen,
                                cues,
                                notes,
                                prepare,
                                sequence,
                                null))
                .flatMap(located -> withFigure(map, located, figure));
    }

    private static Optional<Located<Exercise>> withFigure(
            YamlMap map, Located<Exercise> located, @Nullable Figure figure) {
        if (figure == null) {
            return Optional.of(located);
        }
        try {
            return Optional.of(new Located<>(
                    located.value().withFigure(figure),
                    located.file(),
                    located.line(),
                    located.references(),
                    located.maxMinutes()));
        } catch (IllegalArgumentException invalid) {
            map.problem(map.lineOf("figure"), String.valueOf(invalid.getMessage()));
            return Optional.empty();
        }
    }

    private List<MoveStep> sequence(YamlMap map) {
        List<MoveStep> sequence = new ArrayList<>();
        List<YamlItem> items = map.items("sequence");
        if (items.size() > MoveStep.MAX_STEPS) {
            map.problem(
                    map.lineOf("sequence"),
                    "a sequence may hold at most " + MoveStep.MAX_STEPS + " steps, this one holds " + items.size());
            return List.of();
        }
        for (YamlItem item : items) {
            YamlMap step = item.map();
            String cue = item.value();
            int movements = 0;
            int line = item.line();
            if (step != null) {
                step.allowOnly(STEP_KEYS);
                cue = step.requireString("cue");
                movements = step.integer("movements", 1, Dosage.MAX_MOVEMENTS).orElse(0);
                line = step.lineOf("cue");
            }
            int words = cue == null ? 0 : Exercise.wordCount(cue);
            if (cue == null || words == 0 || words > Exercise.MAX_CUE_WORDS) {
                map.problem(line, "a step's cue must have 1-" + Exercise.MAX_CUE_WORDS + " words, has " + words);
                continue;
            }
            sequence.add(new MoveStep(cue.trim(), movements));
        }
        return sequence;
    }

    private Optional<Dosage> dosage(YamlMap map) {
        int before = problems.size();
        map.allowOnly(DOSAGE_KEYS);
        Optional<IntRange> holdRange = map.range("hold", Dosage.MAX_EFFORT_SECONDS);
        IntRange hold = holdRange.orElse(IntRange.exactly(0));
        IntRange relax = map.range("relax", Dosage.MAX_RELAX_SECONDS).orElse(IntRange.exactly(0));
        IntRange repetitions = map.range("repetitions", Dosage.MAX_REPETITIONS).orElse(IntRange.exactly(1));
        Sides sides = map.enumValue("sides", Sides.class).orElse(Sides.NONE);
        Breathing breathing = map.enumValue("breathing", Breathing.class).orElse(Breathing.NATURAL);
        int movements = map.integer("movements", 0, Dosage.MAX_MOVEMENTS).orElse(0);
        int movementSeconds =
                map.integer("movementSeconds", 1, Dosage.MAX_MOVEMENT_SECONDS).orElse(movements > 0 ? 2 : 0);
        if (repetitions.min() < 1 && map.has("repetitions")) {
            map.problem(map.lineOf("repetitions"), "'repetitions' must be at least 1, was " + repetitions);
        }
        if (movements * movementSeconds > Dosage.MAX_EFFORT_SECONDS) {
            map.problem(
                    map.lineOf("movements"),
                    "'movements' times 'movementSeconds' must be at most " + Dosage.MAX_EFFORT_SECONDS + " seconds, is "
                            + movements * movementSeconds);
        }
        boolean holdUnreadable = map.has("hold") && holdRange.isEmpty();
        if (movements == 0 && hold.min() < 1 && !holdUnreadable) {
            map.problem(
                    map.has("hold") ? map.lineOf("hold") : map.line(),
                    "'hold' must be a positive number of seconds, or give 'movements'");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return build(map, () -> new Dosage(hold, relax, repetitions, sides, breathing, movements, movementSeconds))
                .map(Located::value);
    }

    private Map<PhaseKind, String> cues(YamlMap map) {
        Map<PhaseKind, String> cues = new EnumMap<>(PhaseKind.class);
        map.map("cues").ifPresent(cueMap -> {
            for (Map.Entry<String, String> entry : cueMap.stringEntries().entrySet()) {
                String key = entry.getKey();
                int line = cueMap.lineOf(key);
                Optional<PhaseKind> kind = kindOf(key);
                if (kind.isEmpty()) {
                    cueMap.problem(
                            line, "unknown cue '" + key + "'; expected one of: " + YamlMap.choices(PhaseKind.class));
                    continue;
                }
                int words = Exercise.wordCount(entry.getValue());
                if (words == 0 || words > Exercise.MAX_CUE_WORDS) {
                    cueMap.problem(
                            line, "cue '" + key + "' must have 1-" + Exercise.MAX_CUE_WORDS + " words, has " + words);
                    continue;
                }
                cues.put(kind.get(), entry.getValue().trim());
            }
        });
        return cues;
    }

    static Optional<PhaseKind> kindOf(String key) {
        String wanted = key.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (PhaseKind kind : PhaseKind.values()) {
            if (kind.name().equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static void requireCues(YamlMap map, Style style, Map<PhaseKind, String> cues) {
        PhaseKind effort = style.effortKind();
        if (effort != null && !cues.containsKey(effort)) {
            map.problem(
                    map.has("cues") ? map.lineOf("cues") : map.line(),
                    "a " + style.name().toLowerCase(java.util.Locale.ROOT) + " exercise needs a '"
                            + effort.name().toLowerCase(java.util.Locale.ROOT) + "' cue");
        }
        if (style != Style.CARD && !cues.containsKey(PhaseKind.PREPARE)) {
            map.problem(map.has("cues") ? map.lineOf("cues") : map.line(), "a timed exercise needs a 'prepare' cue");
        }
    }

    private Optional<Located<Routine>> routine(YamlMap map, Part part) {
        int before = problems.size();
        map.allowOnly(ROUTINE_KEYS);
        Optional<RoutineId> id = id(map).map(RoutineId::new);
        String name = map.requireString("name");
        String summary = map.string("summary").orElse("");
        int rest = map.integer("rest", 0, Routine.MAX_REST_SECONDS).orElse(DEFAULT_REST_SECONDS);
        Optional<Integer> maxMinutes = map.integer("maxMinutes", 1, Routine.MAX_FULL_MINUTES);
        List<RoutineItem> items = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        List<YamlItem> entries = map.items("exercises");
        if (entries.size() > Routine.MAX_EXERCISES) {
            map.problem(
                    map.lineOf("exercises"),
                    "a routine may list at most " + Routine.MAX_EXERCISES + " exercises, this one lists "
                            + entries.size());
            return Optional.empty();
        }
        for (YamlItem entry : entries) {
            item(map, entry).ifPresent(item -> {
                items.add(item);
                references.add(new Reference(item.exercise(), entry.line()));
            });
        }
        if (items.isEmpty() && problems.size() == before) {
            map.problem(map.lineOf("exercises"), "'exercises' must list at least one exercise id");
        }
        List<String> notes = map.strings("notes");
        if (problems.size() > before || id.isEmpty()) {
            return Optional.empty();
        }
        return build(map, () -> new Routine(id.get(), name, summary, part, items, rest, notes))
                .map(located -> located.withReferences(references, maxMinutes.orElse(Routine.MAX_FULL_MINUTES)));
    }

    private Optional<RoutineItem> item(YamlMap routine, YamlItem entry) {
        if (entry.value() != null) {
            return exerciseId(routine, entry.line(), entry.value()).map(RoutineItem::of);
        }
        YamlMap map = entry.map();
        if (map == null) {
            return Optional.empty(); // an item is a value or a mapping; the reader made it one of them
        }
        map.allowOnly(ITEM_KEYS);
        Optional<ExerciseId> exercise =
                map.string("exercise").flatMap(text -> exerciseId(map, map.lineOf("exercise"), text));
        if (!map.has("exercise")) {
            map.problem(map.line(), "'exercise' is missing");
        }
        Optional<IntRange> repetitions = map.range("repetitions", Dosage.MAX_REPETITIONS);
        if (repetitions.isPresent() && repetitions.get().min() < 1) {
            map.problem(map.lineOf("repetitions"), "'repetitions' must be at least 1, was " + repetitions.get());
            return Optional.empty();
        }
        return exercise.map(id -> new RoutineItem(id, repetitions.orElse(null)));
    }

    private static Optional<ExerciseId> exerciseId(YamlMap map, int line, String text) {
        if (!ExerciseId.isWellFormed(text)) {
            map.problem(line, "\"" + text + "\" is not an exercise id: use lower-case letters, digits and dashes");
            return Optional.empty();
        }
        return Optional.of(new ExerciseId(text));
    }

    private static Optional<String> id(YamlMap map) {
        if (!map.has("id")) {
            map.problem(map.line(), "'id' is missing");
            return Optional.empty();
        }
        return map.string("id").filter(text -> {
            if (ExerciseId.isWellFormed(text)) {
                return true;
            }
            map.problem(map.lineOf("id"), "id \"" + text + "\" must be lower-case letters, digits and dashes");
            return false;
        });
    }

    private static <E extends Enum<E>> void requireKey(YamlMap map, String key, Class<E> type) {
        if (!map.has(key)) {
            map.problem(map.line(), "'" + key + "' is missing; it must be one of " + YamlMap.choices(type));
        }
    }

    private static Dosage cardDosage() {
        return new Dosage(
                IntRange.exactly(1), IntRange.exactly(0), IntRange.exactly(1), Sides.NONE, Breathing.NATURAL, 0, 0);
    }

    private static <T> Optional<Located<T>> build(YamlMap map, java.util.function.Supplier<T> constructor) {
        try {
            return Optional.of(new Located<>(constructor.get(), map.file(), map.line(), List.of(), 0));
        } catch (IllegalArgumentException invalid) {
            map.problem(map.line(), String.valueOf(invalid.getMessage()));
            return Optional.empty();
        }
    }
}
