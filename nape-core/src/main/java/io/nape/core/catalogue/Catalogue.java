package io.nape.core.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hold every exercise and routine, checked to fit together: ids are unique, every routine's
 * exercises exist and are timed. Immutable; iteration keeps the order things were added.
 */
public final class Catalogue {
    private final Map<ExerciseId, Exercise> exercises;
    private final Map<RoutineId, Routine> routines;
    private final PhaseCues phaseCues;

    private Catalogue(Map<ExerciseId, Exercise> exercises, Map<RoutineId, Routine> routines, PhaseCues phaseCues) {
        this.exercises = exercises;
        this.routines = routines;
        this.phaseCues = phaseCues;
    }

    /** Build a catalogue, or throw with every problem found, one per line. */
    public static Catalogue of(Collection<Exercise> exercises, Collection<Routine> routines) {
        List<String> problems = problemsWith(exercises, routines);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        Map<ExerciseId, Exercise> byExercise = new LinkedHashMap<>();
        exercises.forEach(exercise -> byExercise.put(exercise.id(), exercise));
        Map<RoutineId, Routine> byRoutine = new LinkedHashMap<>();
        routines.forEach(routine -> byRoutine.put(routine.id(), routine));
        return new Catalogue(
                java.util.Collections.unmodifiableMap(byExercise),
                java.util.Collections.unmodifiableMap(byRoutine),
                PhaseCues.ENGLISH);
    }

    /**
     * This catalogue in another language: the same exercises and routines, in the same order, with
     * the given texts where there are some and their present texts elsewhere, and the given cues
     * for phases whose exercise has none. Texts for an id the catalogue lacks are refused.
     */
    public Catalogue withTexts(
            Map<ExerciseId, ExerciseTexts> exerciseTexts, Map<RoutineId, RoutineTexts> routineTexts, PhaseCues cues) {
        for (ExerciseId id : exerciseTexts.keySet()) {
            if (!exercises.containsKey(id)) {
                throw new IllegalArgumentException("texts for exercise \"" + id + "\", which does not exist");
            }
        }
        for (RoutineId id : routineTexts.keySet()) {
            if (!routines.containsKey(id)) {
                throw new IllegalArgumentException("texts for routine \"" + id + "\", which does not exist");
            }
        }
        Map<ExerciseId, Exercise> byExercise = new LinkedHashMap<>();
        exercises.forEach((id, exercise) -> {
            ExerciseTexts texts = exerciseTexts.get(id);
            byExercise.put(id, texts == null ? exercise : exercise.withTexts(texts));
        });
        Map<RoutineId, Routine> byRoutine = new LinkedHashMap<>();
        routines.forEach((id, routine) -> {
            RoutineTexts texts = routineTexts.get(id);
            byRoutine.put(id, texts == null ? routine : routine.withTexts(texts));
        });
        return new Catalogue(
                java.util.Collections.unmodifiableMap(byExercise),
                java.util.Collections.unmodifiableMap(byRoutine),
                cues);
    }

    /** Every way these exercises and routines fail to fit together; empty when they fit. */
    public static List<String> problemsWith(Collection<Exercise> exercises, Collection<Routine> routines) {
        List<String> problems = new ArrayList<>();
        Map<ExerciseId, Exercise> byId = new LinkedHashMap<>();
        for (Exercise exercise : exercises) {
            if (byId.putIfAbsent(exercise.id(), exercise) != null) {
                problems.add("exercise id \"" + exercise.id() + "\" is used twice");
            }
        }
        Map<RoutineId, Routine> routineIds = new LinkedHashMap<>();
        for (Routine routine : routines) {
            if (routineIds.putIfAbsent(routine.id(), routine) != null) {
                problems.add("routine id \"" + routine.id() + "\" is used twice");
            }
            for (RoutineItem item : routine.items()) {
                Exercise exercise = byId.get(item.exercise());
                if (exercise == null) {
                    problems.add("routine \"" + routine.id() + "\" names exercise \"" + item.exercise()
                            + "\", which does not exist");
                } else if (!exercise.isTimed()) {
                    problems.add("routine \"" + routine.id() + "\" names \"" + item.exercise()
                            + "\", an advice card that cannot be timed");
                }
            }
        }
        return problems;
    }

    /** The cues of phases whose exercise gives none, in the catalogue's language. */
    public PhaseCues phaseCues() {
        return phaseCues;
    }

    public Collection<Exercise> exercises() {
        return exercises.values();
    }

    public Collection<Routine> routines() {
        return routines.values();
    }

    public Optional<Exercise> findExercise(String id) {
        return ExerciseId.isWellFormed(id) ? Optional.ofNullable(exercises.get(new ExerciseId(id))) : Optional.empty();
    }

    public Optional<Routine> findRoutine(String id) {
        return ExerciseId.isWellFormed(id) ? Optional.ofNullable(routines.get(new RoutineId(id))) : Optional.empty();
    }

    public Exercise getExercise(ExerciseId id) {
        Exercise exercise = exercises.get(id);
        if (exercise == null) {
            throw new ExerciseNotFoundException(id.value());
        }
        return exercise;
    }

    public Routine getRoutine(String id) {
        return findRoutine(id).orElseThrow(() -> new RoutineNotFoundException(id));
    }
}
