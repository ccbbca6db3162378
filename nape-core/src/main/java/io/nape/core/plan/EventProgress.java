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
        /** A session of its routine was played for it, or its reminder was answered with done. */
        DONE,
        /** Its reminder was answered with skip. */
        SKIPPED,
        /** Its time has passed without a session. */
        MISSED,
        /** The first event still to come: the one to do next. */
        NEXT,
        /** Later than the next one. */
        LATER;

        /** The name in JSON and on screen, such as {@code done}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
