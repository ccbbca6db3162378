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
 * @param sequence the steps of a movement that changes as it goes, each with its own cue; empty
 *     when the movement stays the same
 * @param figure how the exercise is drawn, or null when it has no drawing
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
        int prepareSeconds,
        List<MoveStep> sequence,
        @Nullable Figure figure) {
    /** The most words a cue may have: people read or hear it mid-exercise. */
    public static final int MAX_CUE_WORDS = 8;

    /**
     * The longest a cue stays while the figure moves, in seconds: a movement that lasts longer is
     * split into steps, each with its own cue.
     */
    public static final int MAX_MOVING_CUE_SECONDS = 15;

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
        sequence = List.copyOf(sequence);
        checkSequence(id, style, dosage, sequence);
        if (figure != null) {
            checkFigure(id, figure, phaseKinds(style, dosage, prepareSeconds), Math.max(1, sequence.size()));
        }
    }

    private static void checkFigure(ExerciseId id, Figure figure, java.util.Set<PhaseKind> kinds, int steps) {
        for (PhaseKind kind : kinds) {
            if (!figure.covers(kind)) {
                throw new IllegalArgumentException("the figure of " + id + " has no pose for its '"
                        + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "' phases");
            }
        }
        if (kinds.contains(PhaseKind.MOVE)
                && figure.moves().size() != 1
                && figure.moves().size() != steps) {
            throw new IllegalArgumentException(
                    "the figure of " + id + " has " + figure.moves().size()
                            + " movements; give one, or one for each of the " + steps + " steps of its sequence");
        }
    }

    /** The phase kinds this exercise's timelines use, at some level, rests left out. */
    public java.util.Set<PhaseKind> phaseKinds() {
        return phaseKinds(style, dosage, prepareSeconds);
    }

    private static java.util.Set<PhaseKind> phaseKinds(Style style, Dosage dosage, int prepareSeconds) {
        java.util.Set<PhaseKind> kinds = java.util.EnumSet.noneOf(PhaseKind.class);
        if (style == Style.CARD) {
            return kinds;
        }
        if (prepareSeconds > 0) {
            kinds.add(PhaseKind.PREPARE);
        }
        if (dosage.sides() == Sides.BOTH) {
            kinds.add(PhaseKind.SWITCH_SIDE);
        }
        kinds.addAll(style.repetitionKinds());
        if (dosage.relax().max() > 0) {
            kinds.add(PhaseKind.RELAX);
        }
        return kinds;
    }

    /** Refuse a sequence that does not fit the exercise's style and dosage, naming why. */
    public static void checkSequence(ExerciseId id, Style style, Dosage dosage, List<MoveStep> sequence) {
        if (sequence.isEmpty()) {
            if (style == Style.MOVEMENT && dosage.effortSeconds(DosageLevel.FULL) > MAX_MOVING_CUE_SECONDS) {
                throw new IllegalArgumentException("exercise " + id + " moves for "
                        + dosage.effortSeconds(DosageLevel.FULL) + " s at the full level under one cue; give it a"
                        + " 'sequence' of steps of at most " + MAX_MOVING_CUE_SECONDS + " s, each with its own cue");
            }
            return;
        }
        if (style != Style.MOVEMENT) {
            throw new IllegalArgumentException("exercise " + id + " has a sequence, which only a movement may have");
        }
        if (sequence.size() > MoveStep.MAX_STEPS) {
            throw new IllegalArgumentException(
                    "exercise " + id + " has " + sequence.size() + " steps, at most " + MoveStep.MAX_STEPS);
        }
        int given = sequence.stream().mapToInt(MoveStep::movements).sum();
        if (dosage.movements() == 0 && given > 0) {
            throw new IllegalArgumentException(
                    "exercise " + id + " is timed, so its steps share the time and" + " count no movements");
        }
        if (dosage.movements() > 0 && given > 0 && given != dosage.movements()) {
            throw new IllegalArgumentException(
                    "the steps of " + id + " count " + given + " movements, the dosage " + dosage.movements());
        }
        if (dosage.movements() > 0 && given == 0 && dosage.movements() % sequence.size() != 0) {
            throw new IllegalArgumentException("the " + dosage.movements() + " movements of " + id
                    + " do not split evenly into " + sequence.size() + " steps; give each step its 'movements'");
        }
        if (dosage.movements() > 0 && given > 0 && sequence.stream().anyMatch(step -> step.movements() == 0)) {
            throw new IllegalArgumentException("every step of " + id + " needs its 'movements' when one has them");
        }
        for (int step = 0; step < sequence.size(); step++) {
            long longest = stepMs(dosage, sequence, step, DosageLevel.FULL);
            if (longest > MAX_MOVING_CUE_SECONDS * 1000L) {
                throw new IllegalArgumentException("step " + (step + 1) + " of " + id + " lasts " + longest / 1000.0
                        + " s at the full level; a moving step lasts at most " + MAX_MOVING_CUE_SECONDS + " s");
            }
        }
    }

    /** The steps a movement plays: those of its sequence, or the whole movement as one. */
    public int moveSteps() {
        return Math.max(1, sequence.size());
    }

    /**
     * The length of one step of the movement at a level, in milliseconds: its movements, or an
     * equal share of the timed movement (the boundaries rounded down to the millisecond).
     */
    public long stepMs(int step, DosageLevel level) {
        return stepMs(dosage, sequence, step, level);
    }

    /** The counted movements of one step of the movement; 0 when it is timed. */
    public int movementsIn(int step) {
        return movementsIn(dosage, sequence, step);
    }

    private static long stepMs(Dosage dosage, List<MoveStep> sequence, int step, DosageLevel level) {
        if (dosage.movements() > 0) {
            return (long) movementsIn(dosage, sequence, step) * dosage.movementSeconds() * 1000L;
        }
        int steps = Math.max(1, sequence.size());
        long total = dosage.hold().at(level) * 1000L;
        return total * (step + 1) / steps - total * step / steps;
    }

    private static int movementsIn(Dosage dosage, List<MoveStep> sequence, int step) {
        if (sequence.isEmpty()) {
            return dosage.movements();
        }
        int given = sequence.get(step).movements();
        return given > 0 ? given : dosage.movements() / sequence.size();
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

    /**
     * The cue of one step of the movement with the side filled in: the step's own, or, without a
     * sequence, the movement's cue if the exercise gives one.
     */
    public Optional<String> moveCue(int step, @Nullable Side side) {
        return sequence.isEmpty()
                ? cueFor(PhaseKind.MOVE, side)
                : Optional.of(SideWords.fill(sequence.get(step).cue(), side, ""));
    }

    /** The texts a person reads of this exercise. */
    public ExerciseTexts texts() {
        return new ExerciseTexts(
                name, steps, cues, notes, sequence.stream().map(MoveStep::cue).toList());
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
        if (texts.sequence().size() != sequence.size()) {
            throw new IllegalArgumentException(
                    "exercise " + id + " has " + sequence.size() + " steps in its sequence, the texts have "
                            + texts.sequence().size());
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
                prepareSeconds,
                java.util.stream.IntStream.range(0, sequence.size())
                        .mapToObj(step ->
                                sequence.get(step).withCue(texts.sequence().get(step)))
                        .toList(),
                figure);
    }

    /** This exercise drawn by a figure. */
    public Exercise withFigure(Figure newFigure) {
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
                newFigure);
    }
}
