package io.nape.core.presence;

/** What to do now with a reminder that fell due, given where the person is. */
public enum Verdict {
    /** Show it: the person is there and free. */
    FIRE,
    /** Hold it and look again when presence changes (or at the latest in 30 s). */
    WAIT,
    /** The person was away long enough for that to count as the break: record a natural break. */
    NATURAL_BREAK,
    /** Held longer than the person allows while busy: drop it and record it skipped because busy. */
    SKIPPED_BUSY,
    /** A morning or evening session held the longest it may be while the person was not there. */
    MISSED_AWAY,
    /** A later reminder was held too: only the latest is shown, once. */
    SUPERSEDED
}
