package io.nape.app.cli.start;

import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;

/** Show a session to the person; a full-screen terminal and plain lines both implement it. */
interface SessionScreen {
    /** A new phase has begun. */
    void cue(Phase phase, Timeline timeline);

    /** Redraw the countdown and progress; called about once a second. */
    void tick(Phase phase, Timeline timeline, long remainingMs, boolean paused);

    /** The session has ended; say what happened and what to do next. */
    void finish(String message);
}
