package io.nape.app.desktop;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceSensor;
import io.nape.core.presence.PresenceState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.matchrules.DBusMatchRule;
import org.freedesktop.dbus.matchrules.DBusMatchRuleBuilder;
import org.freedesktop.dbus.messages.constants.MessageTypes;
import org.freedesktop.dbus.types.Variant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence as the desktop session tells it over D-Bus, read in this order: the screen saver on
 * (LOCKED since its signal), no input for a minute or more (AWAY since the last input: GNOME's idle
 * monitor in milliseconds, else the screen saver's session idle time in seconds), the notification
 * server's do-not-disturb ({@code Inhibited}), else PRESENT since the screen saver last changed.
 *
 * <p>Each part the desktop lacks is left out; with none of them the sensor reads empty. The screen
 * saver's {@code ActiveChanged} and the notification server's property changes call the listener
 * at once; idle time cannot be signalled, so where it is read the sensor asks to be polled every 30
 * seconds, never more often.
 */
public final class ScreenSaverSensor implements PresenceSensor {
    /** No input for this long counts as away. */
    static final Duration AWAY_AFTER = Duration.ofSeconds(60);

    /** How often to read the idle time, which no desktop signals. */
    static final Duration POLL_EVERY = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ScreenSaverSensor.class);
    private static final String INHIBITED = "Inhibited";

    private final Clock clock;
    private final @Nullable ScreenSaver screenSaver;
    private final IdleTime idleTime;
    private final @Nullable Properties notificationServer;
    private final Instant startedAt;
    private volatile @Nullable Since locked;
    private volatile @Nullable Since doNotDisturb;
    private volatile Runnable listener = () -> {};

    private ScreenSaverSensor(
            Clock clock,
            @Nullable ScreenSaver screenSaver,
            IdleTime idleTime,
            @Nullable Properties notificationServer) {
        this.clock = clock;
        this.screenSaver = screenSaver;
        this.idleTime = idleTime;
        this.notificationServer = notificationServer;
        this.startedAt = clock.instant();
    }

    /** The sensor over what this bus's desktop offers; the clock dates the signals it receives. */
    public static ScreenSaverSensor on(DesktopBus bus, Clock clock) {
        Objects.requireNonNull(bus, "bus");
        Objects.requireNonNull(clock, "clock");
        @Nullable
        ScreenSaver screenSaver = bus.remote(ScreenSaver.BUS_NAME, ScreenSaver.OBJECT_PATH, ScreenSaver.class)
                .filter(ScreenSaverSensor::answersActive)
                .orElse(null);
        @Nullable
        Properties notificationServer = bus.remote(Notifications.BUS_NAME, Notifications.OBJECT_PATH, Properties.class)
                .filter(properties -> inhibited(properties).isPresent())
                .orElse(null);
        ScreenSaverSensor sensor =
                new ScreenSaverSensor(clock, screenSaver, IdleTime.find(bus, screenSaver), notificationServer);
        sensor.start(bus);
        return sensor;
    }

    private void start(DesktopBus bus) {
        if (screenSaver != null) {
            lockNow(startedAt);
            bus.onSignal(ScreenSaver.ActiveChanged.class, signal -> {
                locked = new Since(signal.active(), clock.instant());
                listener.run();
            });
        }
        if (notificationServer != null) {
            doNotDisturbNow(startedAt);
            // Only the notification server's own properties: every program's changes would wake us.
            DBusMatchRule rule = DBusMatchRuleBuilder.create()
                    .withType(MessageTypes.SIGNAL)
                    .withInterface("org.freedesktop.DBus.Properties")
                    .withMember("PropertiesChanged")
                    .withPath(Notifications.OBJECT_PATH)
                    .withArg0123(0, Notifications.BUS_NAME)
                    .build();
            bus.onSignal(rule, signal -> {
                if (signal instanceof Properties.PropertiesChanged change) {
                    Variant<?> inhibited = change.getPropertiesChanged().get(INHIBITED);
                    if (inhibited != null && inhibited.getValue() instanceof Boolean on) {
                        doNotDisturb = changed(doNotDisturb, on, clock.instant());
                        listener.run();
                    }
                }
            });
        }
    }

    @Override
    public Optional<PresenceReading> read(Instant now) {
        @Nullable Since lock = lockNow(now);
        if (lock != null && lock.on()) {
            return reading(PresenceState.LOCKED, lock.since());
        }
        Optional<Duration> idle = idleTime.read();
        if (idle.isPresent() && idle.get().compareTo(AWAY_AFTER) >= 0) {
            return reading(PresenceState.AWAY, now.minus(idle.get()));
        }
        @Nullable Since quiet = doNotDisturbNow(now);
        if (quiet != null && quiet.on()) {
            return reading(PresenceState.DO_NOT_DISTURB, quiet.since());
        }
        if (lock == null && idle.isEmpty() && quiet == null) {
            return Optional.empty();
        }
        return reading(PresenceState.PRESENT, lock != null ? lock.since() : startedAt);
    }

    /** The screen saver's state, asked again in case a signal was lost; a change seen only now dates from now. */
    private @Nullable Since lockNow(Instant now) {
        @Nullable ScreenSaver source = screenSaver;
        if (source == null) {
            return null;
        }
        try {
            locked = changed(locked, source.GetActive(), now);
        } catch (DBusExecutionException e) {
            LOG.debug("screen saver did not answer: {}", e.toString());
        }
        return locked;
    }

    private @Nullable Since doNotDisturbNow(Instant now) {
        @Nullable Properties source = notificationServer;
        if (source == null) {
            return null;
        }
        inhibited(source).ifPresent(on -> doNotDisturb = changed(doNotDisturb, on, now));
        return doNotDisturb;
    }

    @Override
    public void onChange(Runnable listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Every 30 seconds where the idle time is read, which cannot be signalled; else empty, the rest signals. */
    @Override
    public Optional<Duration> pollEvery() {
        return idleTime.available() ? Optional.of(POLL_EVERY) : Optional.empty();
    }

    @Override
    public String name() {
        return "screensaver";
    }

    private Optional<PresenceReading> reading(PresenceState state, Instant since) {
        return Optional.of(new PresenceReading(state, since, name()));
    }

    private static Since changed(@Nullable Since known, boolean on, Instant at) {
        return known != null && known.on() == on ? known : new Since(on, at);
    }

    private static boolean answersActive(ScreenSaver screenSaver) {
        try {
            screenSaver.GetActive();
            return true;
        } catch (DBusExecutionException e) {
            LOG.debug("no screen saver on the session bus: {}", e.toString());
            return false;
        }
    }

    private static Optional<Boolean> inhibited(Properties notificationServer) {
        try {
            Object value = notificationServer.Get(Notifications.BUS_NAME, INHIBITED);
            return value instanceof Boolean on ? Optional.of(on) : Optional.empty();
        } catch (DBusExecutionException e) {
            LOG.debug("the notification server has no do-not-disturb: {}", e.toString());
            return Optional.empty();
        }
    }

    /** A state that is on or off, and since when. */
    private record Since(boolean on, Instant since) {}
}
