package io.nape.core.programme;

import java.util.Locale;

/** Say what keeps the level from stepping up now; the edges word each. */
public enum StepUpHold {
    /** The level is already {@code full}. */
    AT_TOP,
    /** A flare-up waits for an answer, and the rules propose a step down. */
    STEPPING_DOWN,
    /** Fewer than {@link Programme#STEP_UP_DAYS} days since the person began or the level was last decided. */
    TOO_SOON,
    /** Fewer than {@link Programme#STEP_UP_PERCENT} percent of the due sessions of those days were taken. */
    LOW_ADHERENCE,
    /** A session was stopped for pain since those days began. */
    STOPPED_FOR_PAIN,
    /** A pain entry at least two points above the mean before it since those days began. */
    PAIN_ABOVE_MEAN,
    /** No pain was logged in the week ending the first or the last of those days, so no means to compare. */
    PAIN_NOT_LOGGED,
    /** The pain mean at the end of those days is higher than at their start. */
    PAIN_HIGHER,
    /** There was never a check. */
    NO_CHECK,
    /** The latest check's exercise advice is not {@code ALLOWED}. */
    ADVICE_NOT_ALLOWED,
    /** The latest check is older than seven days. */
    CHECK_STALE;

    /** The name in files and JSON, such as {@code low-adherence}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
