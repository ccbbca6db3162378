package io.nape.core.progress;

import java.util.OptionalInt;

/**
 * Count the sessions done of those planned over a day or a week.
 *
 * @param planned every planned event, whether its time has come or not
 * @param due the events whose time has come: done, skipped or missed
 * @param done the events done
 */
public record Adherence(int planned, int due, int done) {
    public static final Adherence NONE = new Adherence(0, 0, 0);

    public Adherence {
        if (done < 0 || due < done || planned < due) {
            throw new IllegalArgumentException(
                    "need 0 <= done <= due <= planned, was done " + done + ", due " + due + ", planned " + planned);
        }
    }

    public Adherence plus(Adherence other) {
        return new Adherence(planned + other.planned, due + other.due, done + other.done);
    }

    /** The events still to come. */
    public int ahead() {
        return planned - due;
    }

    /** The share done of those due, in whole percent rounded half up; empty when nothing was due yet. */
    public OptionalInt percent() {
        if (due == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((200 * done + due) / (2 * due));
    }
}
