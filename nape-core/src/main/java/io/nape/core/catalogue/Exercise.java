package io.nape.core.catalogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Describe one exercise or advice card from the source, in Nape's own words.
 *
 * @param number the exercise's number in its part of the source, 0 when it has none
 * @param cues short spoken-style cues by phase kind; {@code {side}} stands for "left" or "right", and
 *     {@code {side:левую|правую}} gives the words for the left and the right side
 * @param notes where Nape departs from the source, or the source is unclear or incomplete
 * @param prepareSeconds seconds to get into position before the first repetition
 */
public record Exercise(
        ExerciseId id,
        String name,
        Part part,
        int number,
        Style style,
        Position position,
        List<Equipment> equipment,
        List<Area> areas,
        List<String> steps,
        Dosage dosage,
        Map<PhaseKind, String> cues,
        List<String> notes,
        int prepareSeconds) {
    /** The most words a cue may have: people read or hear it mid-exercise. */
    public static final int MAX_CUE_WORDS = 8;

    /** The longest time to get into position in seconds; the source's exercises need at most 10. */
    public static final int MAX_PREPARE_SECONDS = 120;

    public Exercise {
        Objects.requireNonNull(id, "id");
        if (name.isBlank()) {
            throw new IllegalArgumentException("exercise " + id + " needs a name");
        }
        equipment = List.copyOf(equipment);
        areas = List.copyOf(areas);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        cues = cues.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cues));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("exercise " + id + " needs at least one step");
        }
        if (prepareSeconds < 0 || prepareSeconds > MAX_PREPARE_SECONDS) {
            throw new IllegalArgumentException(
                    "prepareSeconds must be 0-" + MAX_PREPARE_SECONDS + ", was " + prepareSeconds);
        }
        for (var cue : cues.entrySet()) {
            int words = wordCount(cue.getValue());
            if (words == 0 || words > MAX_CUE_WORDS) {
                throw new IllegalArgumentException(
                        "cue " + cue.getKey() + " of " + id + " must have 1-" + MAX_CUE_WORDS + " words, has " + words);
            }
        }
    }

    public static int wordCount(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    public boolean isTimed() {
        return style != Style.CARD;
    }

    public boolean isSided() {
        return dosage.sides() == Sides.BOTH;
    }

    /** The cue for a phase kind with the side filled in, if the exercise has one. */
    public Optional<String> cueFor(PhaseKind kind, @Nullable Side side) {
        String cue = cues.get(kind);
        if (cue == null) {
            return Optional.empty();
        }
        return Optional.of(SideWords.fill(cue, side, ""));
    }

    /** The texts a person reads of this exercise. */
    public ExerciseTexts texts() {
        return new ExerciseTexts(name, steps, cues, notes);
    }

    /**
     * This exercise with the texts of another language: the same id, figures and structure. The
     * texts must have as many steps and notes as this exercise and cues for the same phase kinds.
     */
    public Exercise withTexts(ExerciseTexts texts) {
        if (texts.steps().size() != steps.size()) {
            throw new IllegalArgumentException("exercise " + id + " has " + steps.size() + " steps, the texts have "
                    + texts.steps().size());
        }
        if (texts.notes().size() != notes.size()) {
            throw new IllegalArgumentException("exercise " + id + " has " + notes.size() + " notes, the texts have "
                    + texts.notes().size());
        }
        if (!texts.cues().keySet().equals(cues.keySet())) {
            throw new IllegalArgumentException("exercise " + id + " has cues for " + new TreeSet<>(cues.keySet())
                    + ", the texts for " + new TreeSet<>(texts.cues().keySet()));
        }
        return new Exercise(
                id,
                texts.name(),
                part,
                number,
                style,
                position,
                equipment,
                areas,
                texts.steps(),
                dosage,
                texts.cues(),
                texts.notes(),
                prepareSeconds);
    }
}
