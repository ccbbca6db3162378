package io.nape.core.progress;

/**
 * Count the events of a day or a week by where they stand once their time has come: done,
 * stopped, skipped or missed (the due ones), a natural break or skipped because busy (not due,
 * since the person was not there, or not free, to take them).
 *
 * @param done the events done
 * @param stopped the events whose only sessions were stopped for pain or completed no exercise
 * @param skipped the events whose reminder was answered with skip
 * @param missed the events whose time passed without a session
 * @param naturalBreaks the micro-breaks that fell due while the person was away long enough
 * @param skippedBusy the reminders dropped after waiting longer than the person allows while busy
 */
public record StateCounts(int done, int stopped, int skipped, int missed, int naturalBreaks, int skippedBusy) {
    public static final StateCounts NONE = new StateCounts(0, 0, 0, 0, 0, 0);

    public StateCounts {
        if (done < 0 || stopped < 0 || skipped < 0 || missed < 0 || naturalBreaks < 0 || skippedBusy < 0) {
            throw new IllegalArgumentException("every count must be 0 or more, was done " + done + ", stopped "
                    + stopped + ", skipped " + skipped + ", missed " + missed + ", natural breaks " + naturalBreaks
                    + ", skipped busy " + skippedBusy);
        }
    }

    public StateCounts plus(StateCounts other) {
        return new StateCounts(
                done + other.done,
                stopped + other.stopped,
                skipped + other.skipped,
                missed + other.missed,
                naturalBreaks + other.naturalBreaks,
                skippedBusy + other.skippedBusy);
    }

    /** The events that count as due: done, stopped, skipped or missed. */
    public int due() {
        return done + stopped + skipped + missed;
    }

    /** The events that were not due because the person was away or busy. */
    public int excused() {
        return naturalBreaks + skippedBusy;
    }
}
