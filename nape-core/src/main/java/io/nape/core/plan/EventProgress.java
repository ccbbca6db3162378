package io.nape.core.plan;

import java.util.Locale;
import java.util.Objects;

/**
 * Say where one planned event of a day stands.
 *
 * @param state what became of it so far
 */
public record EventProgress(PlanEvent event, State state) {
    public EventProgress {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(state, "state");
    }

    /** Where a planned event stands. */
    public enum State {
        /** A session that answered it was played with at least one exercise completed and not stopped for pain. */
        DONE,
        /** The only sessions that answered it were stopped for pain or completed no exercise. */
        STOPPED,
        /** Its reminder was answered with skip. */
        SKIPPED,
        /** Its time has passed without a session, after the person began. */
        MISSED,
        /** A micro-break that fell due while the person was away long enough for that to be the break. */
        NATURAL_BREAK,
        /** Its reminder waited while the person was busy longer than they allow, and was dropped. */
        SKIPPED_BUSY,
        /** Its time passed before the person began (the first thing they recorded): not due, not missed. */
        BEFORE_START,
        /** The first event still to come: the one to do next. */
        NEXT,
        /** Later than the next one. */
        LATER;

        /** The name in JSON and on screen, such as {@code done} or {@code before-start}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
