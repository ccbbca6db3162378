package io.nape.app.desktop;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceSensor;
import io.nape.core.presence.PresenceState;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.matchrules.DBusMatchRule;
import org.freedesktop.dbus.matchrules.DBusMatchRuleBuilder;
import org.freedesktop.dbus.messages.constants.MessageTypes;
import org.freedesktop.dbus.types.UInt64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Presence as the login manager (systemd-logind, on the system bus) keeps it for this login
 * session: {@code LockedHint} (the desktop locked the screen: LOCKED since the change was seen) and
 * {@code IdleHint} with {@code IdleSinceHint} (the desktop found nobody there: AWAY since then). Both
 * are signalled as property changes, so the sensor needs no polling. While neither is set it says
 * nothing, so that the session bus's finer idle time still decides; where logind does not answer
 * for this session the sensor is left out.
 */
public final class LogindSensor implements PresenceSensor {
    public static final String BUS_NAME = "org.freedesktop.login1";
    /** The caller's own session, as logind resolves it. */
    public static final String SESSION_PATH = "/org/freedesktop/login1/session/auto";

    static final String SESSION_INTERFACE = "org.freedesktop.login1.Session";
    private static final Logger LOG = LoggerFactory.getLogger(LogindSensor.class);

    private final Clock clock;
    private final Properties session;
    private volatile @Nullable Instant lockedSince;
    private volatile Runnable listener = () -> {};

    private LogindSensor(Clock clock, Properties session) {
        this.clock = clock;
        this.session = session;
    }

    /** The sensor over this session's logind object on {@code systemBus}, if logind answers for it. */
    public static Optional<LogindSensor> on(DesktopBus systemBus, Clock clock) {
        Objects.requireNonNull(systemBus, "systemBus");
        Objects.requireNonNull(clock, "clock");
        Optional<LogindSensor> sensor = systemBus
                .remote(BUS_NAME, SESSION_PATH, Properties.class)
                .filter(session -> flag(session, "LockedHint").isPresent())
                .map(session -> new LogindSensor(clock, session));
        sensor.ifPresent(found -> found.start(systemBus));
        return sensor;
    }

    private void start(DesktopBus systemBus) {
        lockedNow(clock.instant());
        DBusMatchRule rule = DBusMatchRuleBuilder.create()
                .withType(MessageTypes.SIGNAL)
                .withInterface("org.freedesktop.DBus.Properties")
                .withMember("PropertiesChanged")
                .withArg0123(0, SESSION_INTERFACE)
                .build();
        systemBus.onSignal(rule, signal -> {
            if (signal instanceof Properties.PropertiesChanged change
                    && (change.getPropertiesChanged().containsKey("LockedHint")
                            || change.getPropertiesChanged().containsKey("IdleHint"))) {
                lockedNow(clock.instant());
                listener.run();
            }
        });
    }

    @Override
    public Optional<PresenceReading> read(Instant now) {
        @Nullable Instant locked = lockedNow(now);
        if (locked != null) {
            return Optional.of(new PresenceReading(PresenceState.LOCKED, locked, name()));
        }
        if (flag(session, "IdleHint").orElse(false)) {
            Instant since = idleSince().filter(at -> !at.isAfter(now)).orElse(now);
            return Optional.of(new PresenceReading(PresenceState.AWAY, since, name()));
        }
        return Optional.empty();
    }

    /** Since when the screen is locked, or null; a lock first seen now dates from now. */
    private @Nullable Instant lockedNow(Instant now) {
        boolean locked = flag(session, "LockedHint").orElse(false);
        @Nullable Instant since = lockedSince;
        if (!locked) {
            lockedSince = null;
        } else if (since == null) {
            lockedSince = now;
        }
        return lockedSince;
    }

    /** {@code IdleSinceHint}: microseconds of the real-time clock since the epoch; 0 for unknown. */
    private Optional<Instant> idleSince() {
        try {
            Object value = session.Get(SESSION_INTERFACE, "IdleSinceHint");
            long micros = value instanceof UInt64 big ? big.longValue() : value instanceof Number n ? n.longValue() : 0;
            return micros > 0
                    ? Optional.of(Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1000))
                    : Optional.empty();
        } catch (DBusExecutionException e) {
            LOG.debug("logind has no idle time for this session: {}", e.toString());
            return Optional.empty();
        }
    }

    private static Optional<Boolean> flag(Properties session, String property) {
        try {
            Object value = session.Get(SESSION_INTERFACE, property);
            return value instanceof Boolean on ? Optional.of(on) : Optional.empty();
        } catch (DBusExecutionException e) {
            LOG.debug("logind did not answer {}: {}", property, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void onChange(Runnable listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public String name() {
        return "logind";
    }
}
