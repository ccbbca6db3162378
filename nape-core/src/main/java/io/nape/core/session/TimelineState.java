package io.nape.core.session;

import org.jspecify.annotations.Nullable;

/**
 * Say what is under way at one moment of a session.
 *
 * @param index the phase's index in the timeline, or the phase count once finished
 * @param phase the phase under way, or null once finished
 * @param remainingMs time left in the phase
 */
public record TimelineState(int index, @Nullable Phase phase, long remainingMs, boolean isFinished) {
    static TimelineState finished(int phaseCount) {
        return new TimelineState(phaseCount, null, 0, true);
    }
}
