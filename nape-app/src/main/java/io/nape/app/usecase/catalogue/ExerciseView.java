package io.nape.app.usecase.catalogue;

import io.nape.core.catalogue.Dosage;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.IntRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An exercise as the command line shows it in JSON. */
public record ExerciseView(
        String id,
        String name,
        String part,
        int number,
        String style,
        String position,
        List<String> equipment,
        List<String> areas,
        List<String> steps,
        DosageView dosage,
        Map<String, String> cues,
        List<String> notes) {
    /** A dosage with its ranges as {@code {"min", "max"}}. */
    record DosageView(
            IntRange holdSeconds,
            IntRange relaxSeconds,
            IntRange repetitions,
            String sides,
            String breathing,
            int movements,
            int movementSeconds) {
        static DosageView of(Dosage dosage) {
            return new DosageView(
                    dosage.hold(),
                    dosage.relax(),
                    dosage.repetitions(),
                    Keys.of(dosage.sides()),
                    Keys.of(dosage.breathing()),
                    dosage.movements(),
                    dosage.movementSeconds());
        }
    }

    public static ExerciseView of(Exercise exercise) {
        Map<String, String> cues = new LinkedHashMap<>();
        exercise.cues().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(cue -> cues.put(Keys.of(cue.getKey()), cue.getValue()));
        return new ExerciseView(
                exercise.id().value(),
                exercise.name(),
                Keys.of(exercise.part()),
                exercise.number(),
                Keys.of(exercise.style()),
                Keys.of(exercise.position()),
                Keys.of(exercise.equipment()),
                Keys.of(exercise.areas()),
                exercise.steps(),
                DosageView.of(exercise.dosage()),
                cues,
                exercise.notes());
    }
}
