package io.nape.core.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Build exercises, routines and catalogues for tests, with valid defaults.
 *
 * <p>{@link #anExercise(String)} starts from the isometric complex's dosage: an unsided isometric
 * press, hold 5–7 s, relax 10 s, 3–5 repetitions, 5 s to get into position (the loader's default).
 * {@link #isometricComplex()} rebuilds the complex of {@code isometric-complex.yaml} in Java, with
 * the same figures and cues, because the core cannot read YAML.
 */
public final class CatalogueFixtures {
    public static final int PREPARE_SECONDS = 5;

    private CatalogueFixtures() {}

    public static ExerciseBuilder anExercise(String id) {
        return new ExerciseBuilder(id);
    }

    public static RoutineBuilder aRoutine(String id) {
        return new RoutineBuilder(id);
    }

    /** A catalogue of the given exercises and routines, checked as the loader checks it. */
    public static Catalogue catalogueOf(List<Exercise> exercises, List<Routine> routines) {
        return Catalogue.of(exercises, routines);
    }

    /** The nine exercises of the isometric complex, as {@code isometric-complex.yaml} doses them. */
    public static List<Exercise> isometricComplexExercises() {
        return List.of(
                isometricPress("iso-forehead-press", 1)
                        .withCue(PhaseKind.PREPARE, "Sit tall, palms on your forehead")
                        .withCue(PhaseKind.PRESS, "Push into your palms, breathe out slowly")
                        .withCue(PhaseKind.RELEASE, "Ease off, hands down")
                        .withCue(PhaseKind.RELAX, "Head down to chest, let go")
                        .build(),
                isometricPress("iso-back-of-head-press", 2)
                        .withCue(PhaseKind.PREPARE, "Fingers laced behind your head")
                        .withCue(PhaseKind.PRESS, "Head back into hands, breathe out")
                        .withCue(PhaseKind.RELEASE, "Ease off, arms down")
                        .withCue(PhaseKind.RELAX, "Let your neck go soft")
                        .build(),
                isometricPress("iso-temple-press", 3)
                        .sided()
                        .withCue(PhaseKind.PREPARE, "{side} palm on your {side} temple")
                        .withCue(PhaseKind.PRESS, "Head into palm, breathe out slowly")
                        .withCue(PhaseKind.RELEASE, "Ease off slowly")
                        .withCue(PhaseKind.RELAX, "Loosen neck and shoulders")
                        .withCue(PhaseKind.SWITCH_SIDE, "Switch to the {side} hand")
                        .build(),
                isometricPress("iso-head-back-against-palms", 4)
                        .withCue(PhaseKind.PREPARE, "Palms over the back of your neck")
                        .withCue(PhaseKind.PRESS, "Head back into palms, eyes up")
                        .withCue(PhaseKind.RELEASE, "Head back to the middle")
                        .withCue(PhaseKind.RELAX, "Relax, breathe easy")
                        .build(),
                isometricPress("iso-forward-bend-yielding", 5)
                        .withCue(PhaseKind.PREPARE, "Palms on the back of your neck")
                        .withCue(PhaseKind.PRESS, "Chin down to chest, gaze down")
                        .withCue(PhaseKind.RELEASE, "Come back up slowly")
                        .withCue(PhaseKind.RELAX, "Relax, breathe easy")
                        .build(),
                isometricPress("iso-slow-turn-with-gaze", 6)
                        .sided()
                        .withCue(PhaseKind.PREPARE, "Look ahead, ready to turn {side}")
                        .withCue(PhaseKind.PRESS, "Turn {side} slowly, eyes lead the way")
                        .withCue(PhaseKind.RELEASE, "Back to the middle")
                        .withCue(PhaseKind.RELAX, "Relax, breathe easy")
                        .withCue(PhaseKind.SWITCH_SIDE, "Now turn to the {side}")
                        .build(),
                countedMovement("iso-chin-rubs-collarbones", 7, 10, 2)
                        .withCue(PhaseKind.PREPARE, "Head down, neck loose")
                        .withCue(PhaseKind.MOVE, "Sweep chin along collarbones, ten times")
                        .build(),
                countedMovement("iso-back-of-head-rubs-neck", 8, 20, 2)
                        .withCue(PhaseKind.PREPARE, "Head back, face and neck loose")
                        .withCue(PhaseKind.MOVE, "Rub the low neck with your head")
                        .build(),
                countedMovement("iso-crown-stretch", 9, 5, 6)
                        .withBreathing(Breathing.PACED)
                        .withCue(PhaseKind.PREPARE, "Shoulders down and loose")
                        .withCue(PhaseKind.MOVE, "Crown up tall, small turns, then relax")
                        .build());
    }

    /** The complex's catalogue with its three routines: the whole complex, desk-a (1–5) and desk-b (6–9). */
    public static Catalogue isometricComplex() {
        List<Exercise> exercises = isometricComplexExercises();
        List<String> ids =
                exercises.stream().map(exercise -> exercise.id().value()).toList();
        Routine complex = aRoutine("isometric-complex")
                .withRest(5)
                .withExercises(ids.toArray(String[]::new))
                .build();
        Routine deskA = aRoutine("desk-a")
                .withRest(5)
                .withExercises(ids.subList(0, 5).toArray(String[]::new))
                .build();
        Routine deskB = aRoutine("desk-b")
                .withRest(5)
                .withExercises(ids.subList(5, 9).toArray(String[]::new))
                .build();
        return Catalogue.of(exercises, List.of(complex, deskA, deskB));
    }

    private static ExerciseBuilder isometricPress(String id, int number) {
        return anExercise(id)
                .withNumber(number)
                .withStyle(Style.ISOMETRIC)
                .withHold(5, 7)
                .withRelax(10, 10)
                .withRepetitions(3, 5)
                .withBreathing(Breathing.STEADY_OUT_ON_EFFORT);
    }

    private static ExerciseBuilder countedMovement(String id, int number, int movements, int movementSeconds) {
        return anExercise(id)
                .withNumber(number)
                .withStyle(Style.MOVEMENT)
                .withHold(0, 0)
                .withRelax(0, 0)
                .withRepetitions(1, 1)
                .withMovements(movements, movementSeconds)
                .withBreathing(Breathing.NATURAL);
    }

    /** Build an exercise; every setting has a valid default. */
    public static final class ExerciseBuilder {
        private final String id;
        private String name;
        private Part part = Part.ISOMETRIC_COMPLEX;
        private int number;
        private Style style = Style.ISOMETRIC;
        private IntRange hold = new IntRange(5, 7);
        private IntRange relax = IntRange.exactly(10);
        private IntRange repetitions = new IntRange(3, 5);
        private Sides sides = Sides.NONE;
        private Breathing breathing = Breathing.STEADY_OUT_ON_EFFORT;
        private int movements;
        private int movementSeconds;
        private final Map<PhaseKind, String> cues = new EnumMap<>(PhaseKind.class);
        private int prepareSeconds = PREPARE_SECONDS;
        private @Nullable List<MoveStep> sequence;

        private ExerciseBuilder(String id) {
            this.id = id;
            this.name = "Exercise " + id;
        }

        public ExerciseBuilder withName(String newName) {
            this.name = newName;
            return this;
        }

        public ExerciseBuilder withPart(Part newPart) {
            this.part = newPart;
            return this;
        }

        public ExerciseBuilder withNumber(int newNumber) {
            this.number = newNumber;
            return this;
        }

        public ExerciseBuilder withStyle(Style newStyle) {
            this.style = newStyle;
            return this;
        }

        public ExerciseBuilder withHold(int min, int max) {
            this.hold = new IntRange(min, max);
            return this;
        }

        public ExerciseBuilder withRelax(int min, int max) {
            this.relax = new IntRange(min, max);
            return this;
        }

        public ExerciseBuilder withRepetitions(int min, int max) {
            this.repetitions = new IntRange(min, max);
            return this;
        }

        public ExerciseBuilder sided() {
            this.sides = Sides.BOTH;
            return this;
        }

        public ExerciseBuilder withSides(Sides newSides) {
            this.sides = newSides;
            return this;
        }

        public ExerciseBuilder withBreathing(Breathing newBreathing) {
            this.breathing = newBreathing;
            return this;
        }

        public ExerciseBuilder withMovements(int count, int secondsEach) {
            this.movements = count;
            this.movementSeconds = secondsEach;
            return this;
        }

        public ExerciseBuilder withCue(PhaseKind kind, String cue) {
            cues.put(kind, cue);
            return this;
        }

        public ExerciseBuilder withPrepareSeconds(int seconds) {
            this.prepareSeconds = seconds;
            return this;
        }

        public ExerciseBuilder withSequence(List<MoveStep> steps) {
            this.sequence = List.copyOf(steps);
            return this;
        }

        public Exercise build() {
            Dosage dosage = new Dosage(hold, relax, repetitions, sides, breathing, movements, movementSeconds);
            List<MoveStep> steps = sequence == null ? evenSteps(dosage) : sequence;
            return new Exercise(
                    new ExerciseId(id),
                    name,
                    part,
                    number,
                    style,
                    Position.SITTING,
                    List.of(Equipment.CHAIR),
                    List.of(Area.NECK),
                    List.of("Do " + id + " slowly."),
                    dosage,
                    cues,
                    List.of(),
                    prepareSeconds,
                    steps,
                    null);
        }

        /** A moving exercise longer than one cue may stay: as few steps as keep each short enough. */
        private List<MoveStep> evenSteps(Dosage dosage) {
            long longest = dosage.effortSeconds(DosageLevel.FULL);
            if (style != Style.MOVEMENT || longest <= Exercise.MAX_MOVING_CUE_SECONDS) {
                return List.of();
            }
            List<MoveStep> steps = new java.util.ArrayList<>();
            if (movements == 0) {
                long count = (longest + Exercise.MAX_MOVING_CUE_SECONDS - 1) / Exercise.MAX_MOVING_CUE_SECONDS;
                for (int step = 1; step <= count; step++) {
                    steps.add(new MoveStep("Step " + step + " of " + id, 0));
                }
                return steps;
            }
            for (int count = 2; count <= MoveStep.MAX_STEPS; count++) {
                if ((movements + count - 1) / count * movementSeconds <= Exercise.MAX_MOVING_CUE_SECONDS) {
                    for (int step = 0; step < count; step++) {
                        int share = movements / count + (step < movements % count ? 1 : 0);
                        steps.add(new MoveStep("Step " + (step + 1) + " of " + id, share));
                    }
                    break;
                }
            }
            return steps;
        }
    }

    /** Build a routine; by default it rests 5 s between exercises. */
    public static final class RoutineBuilder {
        private final String id;
        private final List<RoutineItem> items = new ArrayList<>();
        private int restSeconds = 5;

        private RoutineBuilder(String id) {
            this.id = id;
        }

        public RoutineBuilder withExercises(String... exerciseIds) {
            Arrays.stream(exerciseIds).map(ExerciseId::new).map(RoutineItem::of).forEach(items::add);
            return this;
        }

        public RoutineBuilder withExercises(Exercise... exercises) {
            Arrays.stream(exercises).map(Exercise::id).map(RoutineItem::of).forEach(items::add);
            return this;
        }

        /** Add an exercise with the routine's own choice of repetitions. */
        public RoutineBuilder withItem(String exerciseId, int minRepetitions, int maxRepetitions) {
            items.add(new RoutineItem(new ExerciseId(exerciseId), new IntRange(minRepetitions, maxRepetitions)));
            return this;
        }

        public RoutineBuilder withItem(RoutineItem item) {
            items.add(item);
            return this;
        }

        public RoutineBuilder withRest(int seconds) {
            this.restSeconds = seconds;
            return this;
        }

        public Routine build() {
            return new Routine(
                    new RoutineId(id),
                    "Routine " + id,
                    "A routine for tests.",
                    Part.ISOMETRIC_COMPLEX,
                    items,
                    restSeconds,
                    List.of());
        }
    }
}
