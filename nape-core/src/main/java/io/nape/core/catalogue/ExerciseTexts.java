package io.nape.core.catalogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Hold the texts a person reads of one exercise in one language: everything but its figures and
 * structure.
 *
 * @param cues by phase kind, each at most {@link Exercise#MAX_CUE_WORDS} words
 * @param sequence the cue of each step of a movement's sequence, in order
 */
public record ExerciseTexts(
        String name, List<String> steps, Map<PhaseKind, String> cues, List<String> notes, List<String> sequence) {
    public ExerciseTexts {
        sequence = List.copyOf(sequence);
        for (String cue : sequence) {
            int words = Exercise.wordCount(cue);
            if (words == 0 || words > Exercise.MAX_CUE_WORDS) {
                throw new IllegalArgumentException(
                        "a step's cue must have 1-" + Exercise.MAX_CUE_WORDS + " words, has " + words);
            }
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("an exercise's texts need a name");
        }
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        cues = cues.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cues));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an exercise's texts need at least one step");
        }
        if (steps.stream().anyMatch(String::isBlank) || notes.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("steps and notes must not be empty");
        }
        for (var cue : cues.entrySet()) {
            int words = Exercise.wordCount(cue.getValue());
            if (words == 0 || words > Exercise.MAX_CUE_WORDS) {
                throw new IllegalArgumentException(
                        "cue " + cue.getKey() + " must have 1-" + Exercise.MAX_CUE_WORDS + " words, has " + words);
            }
        }
    }

    /** The texts of an exercise without a sequence. */
    public ExerciseTexts(String name, List<String> steps, Map<PhaseKind, String> cues, List<String> notes) {
        this(name, steps, cues, notes, List.of());
    }
}
