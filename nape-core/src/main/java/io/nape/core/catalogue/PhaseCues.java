package io.nape.core.catalogue;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Hold the cue of each phase kind for a phase whose exercise gives none, in one language: every
 * kind has one, each at most {@link Exercise#MAX_CUE_WORDS} words.
 */
public record PhaseCues(Map<PhaseKind, String> cues) {
    /** The cues in English. */
    public static final PhaseCues ENGLISH = new PhaseCues(english());

    public PhaseCues {
        cues = Map.copyOf(new EnumMap<>(cues));
        for (PhaseKind kind : PhaseKind.values()) {
            String cue = cues.get(kind);
            if (cue == null) {
                throw new IllegalArgumentException("phase cues need one for " + kind);
            }
            int words = Exercise.wordCount(cue);
            if (words == 0 || words > Exercise.MAX_CUE_WORDS) {
                throw new IllegalArgumentException(
                        "cue " + kind + " must have 1-" + Exercise.MAX_CUE_WORDS + " words, has " + words);
            }
        }
    }

    /** The cue for a phase kind with the side filled in ("other" when there is none). */
    public String cueFor(PhaseKind kind, @Nullable Side side) {
        // The constructor checked that every kind has a cue.
        return SideWords.fill(java.util.Objects.requireNonNull(cues.get(kind)), side, "other");
    }

    private static Map<PhaseKind, String> english() {
        Map<PhaseKind, String> cues = new EnumMap<>(PhaseKind.class);
        for (PhaseKind kind : PhaseKind.values()) {
            cues.put(kind, "Keep going slowly");
        }
        cues.put(PhaseKind.PREPARE, "Get into position");
        cues.put(PhaseKind.BREATHE, "Breathe in slowly");
        cues.put(PhaseKind.RELEASE, "Ease off slowly");
        cues.put(PhaseKind.RELAX, "Let go and breathe calmly");
        cues.put(PhaseKind.SWITCH_SIDE, "Now the {side} side");
        cues.put(PhaseKind.REST, "Rest. Next exercise coming");
        return cues;
    }
}
