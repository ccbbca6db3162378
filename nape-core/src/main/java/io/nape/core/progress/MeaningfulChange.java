package io.nape.core.progress;

import java.util.Locale;

/**
 * Say which way a measure moved when it moved by its meaningful amount or more: the 7-day pain mean
 * by {@link PainTrend#MEANINGFUL_POINTS}, a PSFS rating or score by {@code
 * PsfsComparison.MEANINGFUL_POINTS}.
 */
public enum MeaningfulChange {
    /** The pain went down, or the activities got easier. */
    BETTER,
    /** The pain went up, or the activities got harder. */
    WORSE;

    /** The name in JSON, such as {@code better}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
