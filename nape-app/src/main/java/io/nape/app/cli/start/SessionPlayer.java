package io.nape.app.cli.start;

import io.nape.app.text.Texts;
import io.nape.app.usecase.session.SessionPermit;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.session.Phase;
import io.nape.core.session.SessionRun;
import io.nape.core.session.Timeline;
import io.nape.core.session.TimelineState;
import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * Play a timeline against a monotonic clock.
 *
 * <p>Model: the clock is read afresh on every pass and the due time of the next cue is computed
 * from the session's start (via {@link SessionRun}), never by adding up waits, so lateness does not
 * accumulate. Between events the player blocks on key input with a timeout equal to the time left,
 * which both sleeps and listens. {@code speed} runs the session faster for tests.
 */
final class SessionPlayer {
    /** Receives each cue as it is shown, with the clock time it was due and the time it was shown. */
    interface CueListener {
        void onCue(Phase phase, long dueClockMs, long shownClockMs);
    }

    private static final long TICK_MS = 1000;
    private static final long PAUSED_WAIT_MS = 60_000;

    private final LongSupplier nanoTime;
    private final Clock wallClock;
    private final KeyInput keys;
    private final SessionScreen screen;
    private final double speed;
    private CueListener listener = (phase, due, shown) -> {};

    private final Texts texts;

    SessionPlayer(LongSupplier nanoTime, Clock wallClock, KeyInput keys, SessionScreen screen, double speed) {
        this(nanoTime, wallClock, keys, screen, speed, Texts.english());
    }

    SessionPlayer(
            LongSupplier nanoTime, Clock wallClock, KeyInput keys, SessionScreen screen, double speed, Texts texts) {
        this.texts = texts;
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be above 0, was " + speed);
        }
        this.nanoTime = nanoTime;
        this.wallClock = wallClock;
        this.keys = keys;
        this.screen = screen;
        this.speed = speed;
    }

    SessionPlayer onCue(CueListener newListener) {
        this.listener = newListener;
        return this;
    }

    /** Play the permitted session's timeline, or until the person stops; return the session's log. */
    SessionLog play(SessionPermit permit) {
        Timeline timeline = permit.timeline();
        SessionRun run = new SessionRun(timeline, wallClock.instant());
        long startNanos = nanoTime.getAsLong();
        int shownIndex = -1;
        long lastTickClock = Long.MIN_VALUE;
        while (true) {
            long now = clockMs(startNanos);
            TimelineState state = run.stateAt(now);
            Phase phase = state.phase();
            if (state.isFinished() || phase == null) {
                // A state has no phase only once the timeline is finished.
                return finish(run, now, SessionOutcome.COMPLETED, texts.get("start.done"));
            }
            if (state.index() != shownIndex) {
                shownIndex = state.index();
                screen.cue(phase, timeline);
                listener.onCue(phase, run.clockAtPosition(phase.atMs()), now);
                lastTickClock = Long.MIN_VALUE;
            }
            if (lastTickClock == Long.MIN_VALUE || now - lastTickClock >= TICK_MS || run.isPaused()) {
                screen.tick(phase, timeline, state.remainingMs(), run.isPaused());
                lastTickClock = now;
            }
            long waitClock = run.isPaused()
                    ? PAUSED_WAIT_MS
                    : Math.min(run.clockAtPosition(phase.endMs()) - now, nextTick(state.remainingMs()));
            int key = keys.read(Math.max(0, (long) Math.ceil(waitClock / speed)));
            if (key == KeyInput.TIMEOUT) {
                continue;
            }
            long keyClock = clockMs(startNanos);
            PlayerAction action = key == KeyInput.END ? PlayerAction.NONE : PlayerAction.forKey(key);
            switch (action) {
                case PAUSE_OR_RESUME:
                    if (run.isPaused()) {
                        run.resume(keyClock);
                    } else {
                        run.pause(keyClock);
                    }
                    break;
                case SKIP:
                    run.skip(keyClock);
                    break;
                case STOP_FOR_PAIN:
                    return finish(run, keyClock, SessionOutcome.STOPPED_FOR_PAIN, texts.get("start.pain"));
                case QUIT:
                    return finish(run, keyClock, SessionOutcome.QUIT, texts.get("start.quit"));
                default:
                    break;
            }
        }
    }

    private SessionLog finish(SessionRun run, long clockMs, SessionOutcome early, String message) {
        SessionLog log = run.finish(clockMs, wallClock.instant(), early);
        screen.finish(log.outcome() == SessionOutcome.SKIPPED_PARTS ? texts.get("start.skippedParts") : message);
        return log;
    }

    private static long nextTick(long remainingMs) {
        long partial = remainingMs % TICK_MS;
        return partial == 0 ? TICK_MS : partial;
    }

    private long clockMs(long startNanos) {
        return (long) ((nanoTime.getAsLong() - startNanos) / 1_000_000.0 * speed);
    }
}
