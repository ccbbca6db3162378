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

    private Catalogue(Map<ExerciseId, Exercise> exercises, Map<RoutineId, Routine> routines) {
        this.exercises = exercises;
        this.routines = routines;
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
                java.util.Collections.unmodifiableMap(byExercise), java.util.Collections.unmodifiableMap(byRoutine));
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
