package io.nape.app.notify;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceSensor;
import io.nape.core.presence.PresenceState;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The open web pages as a presence sensor: each page reports, at most once a minute, whether it is
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
    /** The most pages kept; a page not heard from for {@link #STALE} is forgotten first. */
    static final int MOST_PAGES = 32;

    private final Map<String, Report> pages = new LinkedHashMap<>();
    private @Nullable Runnable listener;

    private record Report(boolean visible, Instant lastInput, Instant received) {
        boolean fresh(Instant now) {
            return !received.plus(STALE).isBefore(now);
        }

        boolean present(Instant now) {
            return visible && lastInput.plus(IDLE).isAfter(now);
        }
    }

    /**
     * Take the report of one open page (each page names itself), received at {@code now}: whether it
     * is visible and the time since its last input. Several pages combine: any page with the person at
     * it says present; else away since the last input any page saw.
     */
    public void report(String page, boolean visible, Duration sinceInput, Instant now) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(sinceInput, "sinceInput");
        Runnable notify;
        synchronized (this) {
            Optional<PresenceState> before = read(now).map(PresenceReading::state);
            pages.values().removeIf(report -> !report.fresh(now));
            pages.remove(page);
            if (pages.size() >= MOST_PAGES) {
                pages.remove(pages.keySet().iterator().next());
            }
            pages.put(page, new Report(visible, now.minus(sinceInput), now));
            notify = read(now).map(PresenceReading::state).equals(before) ? null : listener;
        }
        if (notify != null) {
            notify.run();
        }
    }

    @Override
    public synchronized Optional<PresenceReading> read(Instant now) {
        @Nullable Instant present = null;
        @Nullable Instant lastInput = null;
        for (Report report : pages.values()) {
            if (!report.fresh(now)) {
                continue;
            }
            if (report.present(now) && (present == null || report.lastInput().isBefore(present))) {
                present = report.lastInput();
            }
            if (lastInput == null || report.lastInput().isAfter(lastInput)) {
                lastInput = report.lastInput();
            }
        }
        if (present != null) {
            return Optional.of(new PresenceReading(PresenceState.PRESENT, present, name()));
        }
        return lastInput == null
                ? Optional.empty()
                : Optional.of(new PresenceReading(PresenceState.AWAY, lastInput, name()));
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
