package io.nape.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The login manager's lock and idle state over a real, private bus standing in for the system bus,
 * on which the test plays logind: a session object with {@code LockedHint}, {@code IdleHint} and
 * {@code IdleSinceHint}, and their change signals.
 */
class LogindSensorTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Instant START = Instant.parse("2026-03-30T13:00:00Z");

    @TempDir
    static Path folder;

    private static @Nullable PrivateBus daemon;
    private static @Nullable DBusConnection logind;
    private static Map<String, String> environment = Map.of();
    private static final FakeSession SESSION = new FakeSession();

    private final DesktopBusTest.SettableClock clock = new DesktopBusTest.SettableClock(START);

    @BeforeAll
    static void startPrivateBus() throws Exception {
        PrivateBus started = PrivateBus.start(folder);
        daemon = started;
        environment = Map.of("DBUS_SYSTEM_BUS_ADDRESS", started.address());
        DBusConnection fake = DBusConnectionBuilder.forAddress(started.address())
                .withShared(false)
                .build();
        logind = fake;
        fake.requestBusName(LogindSensor.BUS_NAME);
        fake.exportObject(LogindSensor.SESSION_PATH, SESSION);
    }

    @AfterAll
    static void stopPrivateBus() throws Exception {
        if (logind != null) {
            logind.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @BeforeEach
    void unlocked() {
        SESSION.locked = false;
        SESSION.idle = false;
        SESSION.idleSinceMicros = 0;
    }

    @Test
    void sawTheLockFromItsSignalAndSaysNothingOnceUnlocked() throws Exception {
        try (DesktopBus bus = systemBus()) {
            LogindSensor sensor = LogindSensor.on(bus, clock).orElseThrow();
            BlockingQueue<String> changes = new LinkedBlockingQueue<>();
            sensor.onChange(() -> changes.add("changed"));
            assertThat(sensor.read(START))
                    .as("unlocked and busy: nothing to say")
                    .isEmpty();

            Instant lockedAt = START.plusSeconds(600);
            clock.set(lockedAt);
            SESSION.locked = true;
            changed("LockedHint", true);
            assertThat(changes.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isNotNull();
            assertThat(sensor.read(lockedAt.plusSeconds(300)))
                    .hasValue(new PresenceReading(PresenceState.LOCKED, lockedAt, "logind"));

            SESSION.locked = false;
            changed("LockedHint", false);
            assertThat(changes.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isNotNull();
            assertThat(sensor.read(lockedAt.plusSeconds(900))).isEmpty();
        }
    }

    @Test
    void readsAwaySinceTheIdleHintsMoment() {
        try (DesktopBus bus = systemBus()) {
            LogindSensor sensor = LogindSensor.on(bus, clock).orElseThrow();
            Instant idleSince = START.plusSeconds(120);
            SESSION.idle = true;
            SESSION.idleSinceMicros = idleSince.getEpochSecond() * 1_000_000 + 250_000;
            assertThat(sensor.read(START.plusSeconds(1200)))
                    .hasValue(new PresenceReading(PresenceState.AWAY, idleSince.plusMillis(250), "logind"));

            SESSION.idleSinceMicros = 0;
            Instant now = START.plusSeconds(1300);
            assertThat(sensor.read(now))
                    .as("an unknown idle moment dates from now")
                    .map(PresenceReading::since)
                    .contains(now);
            assertThat(sensor.pollEvery()).as("logind signals; no polling").isEmpty();
        }
    }

    @Test
    void noLogindForThisSessionMeansNoSensor() throws Exception {
        try (DesktopBus bus = systemBus()) {
            assertThat(bus.remote("org.example.Nobody", LogindSensor.SESSION_PATH, Properties.class))
                    .isPresent();
            DBusConnection fake = logind;
            assertThat(fake).isNotNull();
            fake.unExportObject(LogindSensor.SESSION_PATH);
            try {
                assertThat(LogindSensor.on(bus, clock)).isEmpty();
            } finally {
                fake.exportObject(LogindSensor.SESSION_PATH, SESSION);
            }
        }
        assertThat(DesktopBus.connectSystem(Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + folder.resolve("none"))))
                .isEmpty();
    }

    private static DesktopBus systemBus() {
        return DesktopBus.connectSystem(environment).orElseThrow();
    }

    private static void changed(String property, boolean value) throws Exception {
        DBusConnection fake = logind;
        assertThat(fake).isNotNull();
        fake.sendMessage(new Properties.PropertiesChanged(
                LogindSensor.SESSION_PATH,
                LogindSensor.SESSION_INTERFACE,
                Map.of(property, new Variant<>(value)),
                List.of()));
    }

    /** A logind session whose lock and idle state the test sets. */
    public static final class FakeSession implements Properties {
        volatile boolean locked;
        volatile boolean idle;
        volatile long idleSinceMicros;

        @Override
        @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
        public <A> A Get(String interfaceName, String propertyName) {
            Optional<Object> value = LogindSensor.SESSION_INTERFACE.equals(interfaceName)
                    ? Optional.ofNullable(
                            switch (propertyName) {
                                case "LockedHint" -> locked;
                                case "IdleHint" -> idle;
                                case "IdleSinceHint" -> new UInt64(idleSinceMicros);
                                default -> null;
                            })
                    : Optional.empty();
            return (A) value.orElseThrow(() -> new DBusExecutionException("no property " + propertyName));
        }

        @Override
        public <A> void Set(String interfaceName, String propertyName, A value) {
            throw new DBusExecutionException("read-only: " + propertyName);
        }

        @Override
        public Map<String, Variant<?>> GetAll(String interfaceName) {
            return Map.of(
                    "LockedHint", new Variant<>(locked),
                    "IdleHint", new Variant<>(idle),
                    "IdleSinceHint", new Variant<>(new UInt64(idleSinceMicros)));
        }

        @Override
        public String getObjectPath() {
            return LogindSensor.SESSION_PATH;
        }
    }
}
