package io.nape.app.desktop;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How long the session has had no input, from the first source the desktop answers: GNOME's, then the screen saver's. */
final class IdleTime {
    private static final Logger LOG = LoggerFactory.getLogger(IdleTime.class);
    private static final IdleTime NONE = new IdleTime(null);

    private final @Nullable Supplier<Duration> source;

    private IdleTime(@Nullable Supplier<Duration> source) {
        this.source = source;
    }

    static IdleTime find(DesktopBus bus, @Nullable ScreenSaver screenSaver) {
        Optional<MutterIdleMonitor> mutter =
                bus.remote(MutterIdleMonitor.BUS_NAME, MutterIdleMonitor.OBJECT_PATH, MutterIdleMonitor.class);
        if (mutter.isPresent()) {
            MutterIdleMonitor monitor = mutter.get();
            IdleTime gnome =
                    new IdleTime(() -> Duration.ofMillis(monitor.GetIdletime().longValue()));
            if (gnome.answers()) {
                return gnome;
            }
        }
        if (screenSaver != null) {
            IdleTime session = new IdleTime(
                    () -> Duration.ofSeconds(screenSaver.GetSessionIdleTime().longValue()));
            if (session.answers()) {
                return session;
            }
        }
        return NONE;
    }

    boolean available() {
        return source != null;
    }

    /** The time since the last input; empty where the desktop does not tell it or did not answer. */
    Optional<Duration> read() {
        @Nullable Supplier<Duration> known = source;
        if (known == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(known.get());
        } catch (DBusExecutionException e) {
            LOG.debug("idle time not answered: {}", e.toString());
            return Optional.empty();
        }
    }

    private boolean answers() {
        return read().isPresent();
    }
}
