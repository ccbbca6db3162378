package io.nape.core.progress;

import java.util.Locale;

/** Say which way the 7-day pain mean moved when it moved by {@link PainTrend#MEANINGFUL_POINTS} or more. */
public enum MeaningfulChange {
    /** The pain went down. */
    BETTER,
    /** The pain went up. */
    WORSE;

    /** The name in JSON, such as {@code better}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
