package io.nape.core.plan;

/**
 * How the hourly micro-breaks fit a working day and the person's presence.
 *
 * @param microBreakMinutes the longest a micro-break may last, {@value #MIN_MICRO_BREAK_MINUTES} to
 *     {@value #MAX_MICRO_BREAK_MINUTES}; what shrinks is how many exercises one break holds, never a dosage
 * @param naturalBreakMinutes away from the desk at least this long counts as a break taken,
 *     {@value #MIN_NATURAL_BREAK_MINUTES} to {@value #MAX_NATURAL_BREAK_MINUTES}
 * @param maxPostponeMinutes a reminder held back while the person is busy for longer than this is
 *     dropped and recorded as skipped because busy, {@value #MIN_POSTPONE_MINUTES} to
 *     {@value #MAX_POSTPONE_MINUTES}
 * @param callDetection whether a microphone or camera in use by another program counts as a call
 */
public record BreakRules(
        int microBreakMinutes, int naturalBreakMinutes, int maxPostponeMinutes, boolean callDetection) {
    public static final int MIN_MICRO_BREAK_MINUTES = 1;
    public static final int MAX_MICRO_BREAK_MINUTES = 5;
    public static final int MIN_NATURAL_BREAK_MINUTES = 2;
    public static final int MAX_NATURAL_BREAK_MINUTES = 60;
    public static final int MIN_POSTPONE_MINUTES = 5;
    public static final int MAX_POSTPONE_MINUTES = 120;

    public BreakRules {
        requireWithin("microBreakMinutes", microBreakMinutes, MIN_MICRO_BREAK_MINUTES, MAX_MICRO_BREAK_MINUTES);
        requireWithin("naturalBreakMinutes", naturalBreakMinutes, MIN_NATURAL_BREAK_MINUTES, MAX_NATURAL_BREAK_MINUTES);
        requireWithin("maxPostponeMinutes", maxPostponeMinutes, MIN_POSTPONE_MINUTES, MAX_POSTPONE_MINUTES);
    }

    /** Two-minute breaks, five minutes away as a natural break, thirty minutes of postponing, calls noticed. */
    public static BreakRules defaults() {
        return new BreakRules(2, 5, 30, true);
    }

    public BreakRules withMicroBreakMinutes(int minutes) {
        return new BreakRules(minutes, naturalBreakMinutes, maxPostponeMinutes, callDetection);
    }

    public BreakRules withNaturalBreakMinutes(int minutes) {
        return new BreakRules(microBreakMinutes, minutes, maxPostponeMinutes, callDetection);
    }

    public BreakRules withMaxPostponeMinutes(int minutes) {
        return new BreakRules(microBreakMinutes, naturalBreakMinutes, minutes, callDetection);
    }

    public BreakRules withCallDetection(boolean on) {
        return new BreakRules(microBreakMinutes, naturalBreakMinutes, maxPostponeMinutes, on);
    }

    private static void requireWithin(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidSettingsException(
                            "\"" + key + "\" must be from " + min + " to " + max + " minutes, was " + value + ".")
                    .withText(
                            "settings.problem.minutesOutOfRange",
                            "setting",
                            key,
                            "min",
                            min,
                            "max",
                            max,
                            "value",
                            value);
        }
    }
}
