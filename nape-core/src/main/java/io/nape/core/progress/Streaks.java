package io.nape.core.progress;

/**
 * Count days in a row with the morning or the evening session done.
 *
 * @param current the streak that runs up to today, or up to yesterday while today is not yet done
 * @param longest the longest streak of the days looked at
 */
public record Streaks(int current, int longest) {
    public Streaks {
        if (current < 0 || longest < current) {
            throw new IllegalArgumentException(
                    "need 0 <= current <= longest, was current " + current + ", longest " + longest);
        }
    }
}
