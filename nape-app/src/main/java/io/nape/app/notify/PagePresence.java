package io.nape.app.notify;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceSensor;
import io.nape.core.presence.PresenceState;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The open web page as a presence sensor: each page reports, at most once a minute, whether it is
 * visible and how long ago it last saw the person's input. A visible page with input in the last
 * {@link #IDLE} says present; a hidden page, or one with no input for longer, says away since that
 * input. No report for {@link #STALE} (no page open, or a browser that froze it) says nothing.
 *
 * <p>Thread-safe: pages report on the web server's threads, the reminder loop reads on its own.
 */
public final class PagePresence implements PresenceSensor {
    /** Input this recent, on a visible page, means the person is at it. */
    public static final Duration IDLE = Duration.ofSeconds(60);
    /** A report older than this (two missed reports and some) no longer says anything. */
    public static final Duration STALE = Duration.ofMinutes(3);

    private @Nullable Report last;
    private @Nullable Runnable listener;

    private record Report(boolean visible, Instant lastInput, Instant received) {}

    /** Take a page's report, received at {@code now}, of its visibility and the time since its last input. */
    public void report(boolean visible, Duration sinceInput, Instant now) {
        Objects.requireNonNull(sinceInput, "sinceInput");
        Runnable notify;
        synchronized (this) {
            Optional<PresenceState> before = state(last, now);
            last = new Report(visible, now.minus(sinceInput), now);
            notify = state(last, now).equals(before) ? null : listener;
        }
        if (notify != null) {
            notify.run();
        }
    }

    @Override
    public synchronized Optional<PresenceReading> read(Instant now) {
        Report report = last;
        Optional<PresenceState> state = state(report, now);
        if (report == null || state.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PresenceReading(state.get(), report.lastInput(), name()));
    }

    private static Optional<PresenceState> state(@Nullable Report report, Instant now) {
        if (report == null || report.received().plus(STALE).isBefore(now)) {
            return Optional.empty();
        }
        boolean recent = report.lastInput().plus(IDLE).isAfter(now);
        return Optional.of(report.visible() && recent ? PresenceState.PRESENT : PresenceState.AWAY);
    }

    @Override
    public synchronized void onChange(Runnable changed) {
        this.listener = Objects.requireNonNull(changed, "changed");
    }

    @Override
    public String name() {
        return "page";
    }
}
