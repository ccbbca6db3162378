package io.nape.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.notify.ReminderCommand;
import io.nape.app.notify.ReminderLoop;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.person.PersonId;
import io.nape.core.plan.BreakPiece;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Reminder;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.Settings;
import io.nape.core.plan.SnoozeLength;
import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceState;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop adapters against a real, private {@code dbus-daemon}, on which the test itself plays
 * the desktop: a fake notification server and a fake screen saver, exported over D-Bus. Skipped
 * where Debian's {@code dbus} is not installed, unless {@code NAPE_REQUIRE_DBUS=1} (CI) asks for it.
 */
class DesktopBusTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Instant START = Instant.parse("2026-03-30T13:00:00Z");
    private static final URI WEB_APP = URI.create("http://127.0.0.1:8123/"); // as the web app gives its address

    @TempDir
    static Path folder;

    private static @Nullable PrivateBus daemon;
    private static @Nullable DBusConnection desktop;
    private static Map<String, String> environment = Map.of();
    private static final FakeNotificationServer NOTIFICATIONS = new FakeNotificationServer();
    private static final FakeScreenSaver SCREEN_SAVER = new FakeScreenSaver();

    private final SettableClock clock = new SettableClock(START);
    private final BlockingQueue<ReminderCommand> answers = new LinkedBlockingQueue<>();
    private final BlockingQueue<URI> opened = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startPrivateBus() throws Exception {
        PrivateBus started = PrivateBus.start(folder);
        daemon = started;
        String address = started.address();
        environment = Map.of("DBUS_SESSION_BUS_ADDRESS", address);
        DBusConnection fakeDesktop =
                DBusConnectionBuilder.forAddress(address).withShared(false).build();
        desktop = fakeDesktop;
        fakeDesktop.requestBusName(Notifications.BUS_NAME);
        fakeDesktop.exportObject(Notifications.OBJECT_PATH, NOTIFICATIONS);
        fakeDesktop.requestBusName(ScreenSaver.BUS_NAME);
        fakeDesktop.exportObject(ScreenSaver.OBJECT_PATH, SCREEN_SAVER);
    }

    @AfterAll
    static void stopPrivateBus() throws Exception {
        if (desktop != null) {
            desktop.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @BeforeEach
    void resetTheDesktop() {
        NOTIFICATIONS.received.clear();
        NOTIFICATIONS.inhibited = false;
        SCREEN_SAVER.active = false;
        SCREEN_SAVER.idleSeconds = 0;
    }

    @Test
    void withoutABusAddressOrWithNobodyThereThereIsNoBus() {
        assertThat(DesktopBus.connect(Map.of())).isEmpty();
        assertThat(DesktopBus.connect(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + folder.resolve("nobody"))))
                .isEmpty();
        assertThat(DesktopBus.connect(Map.of("DBUS_SESSION_BUS_ADDRESS", "not an address")))
                .isEmpty();
    }

    @Test
    void aSocketNobodyListensOnIsNoBus() throws Exception {
        Path dead = folder.resolve("dead");
        try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.bind(UnixDomainSocketAddress.of(dead));
        }
        assertThat(dead).exists();
        assertThat(DesktopBus.connect(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dead + ",guid=0")))
                .isEmpty();
    }

    @Test
    void theSensorSeesTheScreenLockAndUnlockFromTheSignal() throws Exception {
        try (DesktopBus bus = connect()) {
            ScreenSaverSensor sensor = ScreenSaverSensor.on(bus, clock);
            BlockingQueue<String> changes = new LinkedBlockingQueue<>();
            sensor.onChange(() -> changes.add("changed"));
            assertThat(sensor.read(clock.instant())).hasValue(reading(PresenceState.PRESENT, START));

            Instant lockedAt = START.plusSeconds(600);
            clock.set(lockedAt);
            SCREEN_SAVER.active = true;
            emit(new ScreenSaver.ActiveChanged(ScreenSaver.OBJECT_PATH, true));
            assertThat(changes.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isNotNull();
            assertThat(sensor.read(lockedAt.plusSeconds(300))).hasValue(reading(PresenceState.LOCKED, lockedAt));

            Instant unlockedAt = lockedAt.plusSeconds(1200);
            clock.set(unlockedAt);
            SCREEN_SAVER.active = false;
            emit(new ScreenSaver.ActiveChanged(ScreenSaver.OBJECT_PATH, false));
            assertThat(changes.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isNotNull();
            assertThat(sensor.read(unlockedAt.plusSeconds(5))).hasValue(reading(PresenceState.PRESENT, unlockedAt));
        }
    }

    @Test
    void aMinuteWithoutInputReadsAwaySinceTheLastInput() {
        try (DesktopBus bus = connect()) {
            ScreenSaverSensor sensor = ScreenSaverSensor.on(bus, clock);
            Instant now = START.plusSeconds(3600);
            SCREEN_SAVER.idleSeconds = 59;
            assertThat(sensor.read(now)).map(PresenceReading::state).hasValue(PresenceState.PRESENT);

            SCREEN_SAVER.idleSeconds = 60;
            assertThat(sensor.read(now)).hasValue(reading(PresenceState.AWAY, now.minusSeconds(60)));
            SCREEN_SAVER.idleSeconds = 1250;
            assertThat(sensor.read(now)).hasValue(reading(PresenceState.AWAY, now.minusSeconds(1250)));
            assertThat(sensor.pollEvery()).as("idle time is only polled").hasValue(Duration.ofSeconds(30));
        }
    }

    @Test
    void gnomesIdleMonitorIsReadFirstAndInMilliseconds() throws Exception {
        DBusConnection fakeDesktop = desktop;
        assertThat(fakeDesktop).isNotNull();
        MutterIdleMonitor gnome = new MutterIdleMonitor() {
            @Override
            public UInt64 GetIdletime() {
                return new UInt64(90_500);
            }

            @Override
            public String getObjectPath() {
                return MutterIdleMonitor.OBJECT_PATH;
            }
        };
        fakeDesktop.requestBusName(MutterIdleMonitor.BUS_NAME);
        fakeDesktop.exportObject(MutterIdleMonitor.OBJECT_PATH, gnome);
        try (DesktopBus bus = connect()) {
            ScreenSaverSensor sensor = ScreenSaverSensor.on(bus, clock);
            Instant now = START.plusSeconds(3600);
            assertThat(sensor.read(now)).hasValue(reading(PresenceState.AWAY, now.minusMillis(90_500)));
        } finally {
            fakeDesktop.unExportObject(MutterIdleMonitor.OBJECT_PATH);
            fakeDesktop.releaseBusName(MutterIdleMonitor.BUS_NAME);
        }
    }

    @Test
    void theNotificationServersDoNotDisturbReadsAsSuchAndSignals() throws Exception {
        try (DesktopBus bus = connect()) {
            ScreenSaverSensor sensor = ScreenSaverSensor.on(bus, clock);
            BlockingQueue<String> changes = new LinkedBlockingQueue<>();
            sensor.onChange(() -> changes.add("changed"));
            Instant quietFrom = START.plusSeconds(60);
            clock.set(quietFrom);
            NOTIFICATIONS.inhibited = true;
            emit(new Properties.PropertiesChanged(
                    Notifications.OBJECT_PATH,
                    Notifications.BUS_NAME,
                    Map.of("Inhibited", new Variant<>(Boolean.TRUE)),
                    List.of()));
            assertThat(changes.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isNotNull();
            assertThat(sensor.read(quietFrom.plusSeconds(30)))
                    .hasValue(reading(PresenceState.DO_NOT_DISTURB, quietFrom));
        }
    }

    @Test
    void theNotificationHasThreeButtonsInEnglish() throws Exception {
        Notified notified = showOnce(Language.ENGLISH);
        assertThat(notified.appName()).isEqualTo("Nape");
        assertThat(notified.summary()).isEqualTo("Micro-break: desk-a, 2 min");
        assertThat(notified.body())
                .isEqualTo("Time for a short break. Answer in the Nape window: start, snooze or skip.");
        assertThat(notified.actions()).containsExactly("start", "Start now", "snooze", "Snooze 10 min", "skip", "Skip");
        assertThat(notified.replacesId()).isZero();
    }

    @Test
    void theNotificationHasThreeButtonsInRussian() throws Exception {
        Notified notified = showOnce(Language.RUSSIAN);
        assertThat(notified.summary()).isEqualTo("Микропауза: desk-a, 2 мин");
        assertThat(notified.body())
                .isEqualTo("Пора сделать короткий перерыв. Ответьте в окне Nape: начать, отложить или пропустить.");
        assertThat(notified.actions())
                .containsExactly("start", "Начать сейчас", "snooze", "Отложить на 10 мин", "skip", "Пропустить");
    }

    @Test
    void aSecondReminderReplacesTheFirstNotification() throws Exception {
        try (DesktopBus bus = connect()) {
            DBusNotifier notifier = notifier(bus, Language.ENGLISH);
            notifier.show(reminder());
            Notified first = next();
            notifier.show(reminder());
            Notified second = next();
            assertThat(second.replacesId()).isEqualTo(first.id()).isNotZero();
        }
    }

    @Test
    void snoozePressedOnTheNotificationReachesTheLoopAsTenMinutes() throws Exception {
        try (DesktopBus bus = connect()) {
            notifier(bus, Language.ENGLISH).show(reminder());
            Notified shown = next();
            emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(shown.id()), "snooze"));
            assertThat(answers.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .isEqualTo(new ReminderCommand.Snooze(SnoozeLength.TEN_MINUTES));
            assertThat(opened).isEmpty();
        }
    }

    @Test
    void aButtonOfAnotherNotificationIsNoAnswer() throws Exception {
        try (DesktopBus bus = connect()) {
            notifier(bus, Language.ENGLISH).show(reminder());
            Notified shown = next();
            // Signals reach every client of the bus, so another program's notification is heard too.
            emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(shown.id() + 100), "skip"));
            emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(shown.id()), "snooze"));
            assertThat(answers.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .isEqualTo(new ReminderCommand.Snooze(SnoozeLength.TEN_MINUTES));
            emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(shown.id()), "skip"));
            emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(shown.id()), "bogus"));
            DBusNotifier another = notifier(bus, Language.ENGLISH);
            another.show(reminder());
            Notified later = next();
            emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(later.id()), "start"));
            assertThat(answers.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("signals arrive in order: the answer after the first is the later notification's")
                    .isEqualTo(new ReminderCommand.Done());
        }
    }

    @Test
    void aNotificationClosedWithoutAButtonIsNoAnswerAndIsNotReplaced() throws Exception {
        try (DesktopBus bus = connect()) {
            DBusNotifier notifier = notifier(bus, Language.ENGLISH);
            notifier.show(reminder());
            Notified shown = next();
            emit(new Notifications.NotificationClosed(
                    Notifications.OBJECT_PATH, new UInt32(shown.id()), new UInt32(2)));
            emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(shown.id()), "skip"));
            DBusNotifier another = notifier(bus, Language.ENGLISH);
            another.show(reminder());
            Notified later = next();
            emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(later.id()), "snooze"));
            assertThat(answers.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("the closed notification's button was not taken")
                    .isEqualTo(new ReminderCommand.Snooze(SnoozeLength.TEN_MINUTES));

            notifier.show(reminder());
            assertThat(next().replacesId()).as("nothing on screen to replace").isZero();
        }
    }

    @Test
    void startNowAnswersDoneAndOpensThePlayerAtTheRoutine() throws Exception {
        try (DesktopBus bus = connect()) {
            notifier(bus, Language.ENGLISH).show(reminder());
            Notified shown = next();
            emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(shown.id()), "start"));
            assertThat(answers.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new ReminderCommand.Done());
            assertThat(opened.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .isEqualTo(URI.create("http://127.0.0.1:8123/session/desk-a?level=standard"));
        }
    }

    @Test
    void startNowOpensAMicroBreakCutFromTheComplexAtItsPlannedTime() {
        try (DesktopBus bus = connect()) {
            DBusNotifier notifier = notifier(bus, Language.ENGLISH);
            PlanEvent event = new PlanEvent(
                    LocalDate.of(2026, 3, 30),
                    OffsetDateTime.parse("2026-03-30T11:00+02:00"),
                    EventKind.MICRO_BREAK,
                    new RoutineId("desk-break"),
                    DosageLevel.GENTLE,
                    2,
                    new DeskBreak(
                            List.of(new BreakPiece(
                                    new ExerciseId("iso-forehead-press"), 1, false, null, Duration.ofSeconds(85))),
                            Duration.ofSeconds(85)));
            assertThat(notifier.playerAddress(event))
                    .isEqualTo(URI.create(
                            "http://127.0.0.1:8123/session/desk-break?level=gentle&at=2026-03-30T11%3A00%2B02%3A00"));
        }
    }

    /**
     * The whole way round, in real time: a reminder due on a locked screen waits, the unlock signal
     * wakes the loop, which shows the notification with its three buttons, and "snooze" pressed on it
     * moves the reminder 10 minutes on, recorded in the store.
     */
    @Test
    void theLoopHoldsTheBreakOnALockedScreenShowsItOnUnlockAndTakesTheSnooze(@TempDir Path data) throws Exception {
        // Time runs as on the wall, shifted so that a whole minute (plans are in minutes) is 2 s away.
        Instant due =
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        Clock wall = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), due.minusSeconds(2)));
        PlanEvent event = new PlanEvent(
                due.atOffset(ZoneOffset.UTC).toLocalDate(),
                due.atOffset(ZoneOffset.UTC),
                EventKind.MICRO_BREAK,
                new RoutineId("desk-a"),
                DosageLevel.STANDARD,
                2);
        BlockingQueue<ReminderCommand> commands = new LinkedBlockingQueue<>();
        try (DesktopBus bus = connect();
                Database database = Database.openSqlite(data.resolve("nape.db"))) {
            JdbcReminderRepository repository = new JdbcReminderRepository(database, PersonId.LOCAL);
            SCREEN_SAVER.active = true;
            ScreenSaverSensor sensor = ScreenSaverSensor.on(bus, wall);
            sensor.onChange(() -> commands.add(new ReminderCommand.Wake()));
            DBusNotifier notifier = DBusNotifier.on(bus, Texts.english(), commands::add, opened::add, WEB_APP)
                    .orElseThrow();
            Settings settings = Settings.defaults(ZoneOffset.UTC);
            ReminderLoop loop = new ReminderLoop(
                    wall,
                    () -> settings,
                    (current, day) -> day.equals(event.day()) ? List.of(event) : List.of(),
                    repository,
                    List.of(notifier),
                    List.of(sensor),
                    planned -> java.util.Optional.empty());
            Thread running = new Thread(
                    () -> loop.run(atMost ->
                            java.util.Optional.ofNullable(commands.poll(atMost.toMillis(), TimeUnit.MILLISECONDS))),
                    "loop-under-test");
            running.start();
            try {
                assertThat(NOTIFICATIONS.received.poll(4, TimeUnit.SECONDS))
                        .as("nothing is shown on a locked screen")
                        .isNull();
                assertThat(loop.presence(wall.instant()).orElseThrow().state()).isEqualTo(PresenceState.LOCKED);

                SCREEN_SAVER.active = false;
                emit(new ScreenSaver.ActiveChanged(ScreenSaver.OBJECT_PATH, false));
                Notified shown = next();
                assertThat(shown.actions())
                        .containsExactly("start", "Start now", "snooze", "Snooze 10 min", "skip", "Skip");
                Instant firedAt = wall.instant();
                // The notifier knows its notification's number once the loop holds the reminder open.
                long shownBy = System.nanoTime() + PATIENCE.toNanos();
                while (loop.openReminder().isEmpty() && System.nanoTime() < shownBy) {
                    Thread.sleep(20);
                }
                assertThat(loop.openReminder()).isPresent();

                emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(shown.id()), "snooze"));
                long deadline = System.nanoTime() + PATIENCE.toNanos();
                while (repository.findForEventsBetween(due, due.plusSeconds(1)).stream()
                                .noneMatch(record -> record.outcome() == ReminderOutcome.SNOOZED)
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(repository.findForEventsBetween(due, due.plusSeconds(1)))
                        .extracting(record -> record.outcome() + " " + record.detail())
                        .containsExactly("FIRED ", "SNOOZED 10 min");
                while (loop.nextDue().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(loop.nextDue().orElseThrow())
                        .as("ten minutes after the snooze")
                        .isBetween(
                                firedAt.plus(Duration.ofMinutes(10)),
                                firedAt.plus(Duration.ofMinutes(10)).plus(PATIENCE));
            } finally {
                commands.add(new ReminderCommand.Stop());
                running.join(10_000);
            }
        }
    }

    @Test
    void closingTheBusEndsEveryThreadItStarted() throws Exception {
        useTheBusOnce(); // the fake desktop's own threads start on first use and stay: start them first
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        useTheBusOnce();
        List<Thread> left = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .toList();
        for (Thread thread : left) {
            thread.join(PATIENCE.toMillis());
        }
        assertThat(left.stream().filter(Thread::isAlive).map(Thread::getName))
                .as("threads still running after the bus was closed")
                .isEmpty();
    }

    private void useTheBusOnce() throws Exception {
        try (DesktopBus bus = connect()) {
            ScreenSaverSensor sensor = ScreenSaverSensor.on(bus, clock);
            BlockingQueue<String> changes = new LinkedBlockingQueue<>();
            sensor.onChange(() -> changes.add("changed"));
            DBusNotifier notifier = notifier(bus, Language.ENGLISH);
            notifier.show(reminder());
            Notified shown = next();
            emit(new ScreenSaver.ActiveChanged(ScreenSaver.OBJECT_PATH, false));
            assertThat(changes.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isNotNull();
            emit(new Notifications.ActionInvoked(Notifications.OBJECT_PATH, new UInt32(shown.id()), "skip"));
            assertThat(answers.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new ReminderCommand.Skip());
            assertThat(sensor.read(clock.instant())).isPresent();
        }
    }

    private Notified showOnce(Language language) throws InterruptedException {
        try (DesktopBus bus = connect()) {
            notifier(bus, language).show(reminder());
            return next();
        }
    }

    private DBusNotifier notifier(DesktopBus bus, Language language) {
        return DBusNotifier.on(bus, Texts.of(language), answers::add, opened::add, WEB_APP)
                .orElseThrow();
    }

    private static DesktopBus connect() {
        return DesktopBus.connect(environment).orElseThrow();
    }

    private static Notified next() throws InterruptedException {
        Notified notified = NOTIFICATIONS.received.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(notified).as("a notification reached the server").isNotNull();
        return notified;
    }

    private static void emit(DBusSignal signal) {
        DBusConnection fakeDesktop = desktop;
        assertThat(fakeDesktop).isNotNull();
        fakeDesktop.sendMessage(signal);
    }

    private static PresenceReading reading(PresenceState state, Instant since) {
        return new PresenceReading(state, since, "screensaver");
    }

    private static Reminder reminder() {
        PlanEvent event = new PlanEvent(
                LocalDate.of(2026, 3, 30),
                OffsetDateTime.of(2026, 3, 30, 15, 0, 0, 0, ZoneOffset.ofHours(2)),
                EventKind.MICRO_BREAK,
                new RoutineId("desk-a"),
                DosageLevel.STANDARD,
                2);
        return new Reminder(event, 1, event.instant());
    }

    /** One Notify call as the server received it, and the number it answered. */
    record Notified(String appName, long replacesId, String summary, String body, List<String> actions, long id) {}

    /** A notification server that numbers what it shows and keeps every call; do-not-disturb is a property. */
    public static final class FakeNotificationServer implements Notifications, Properties {
        final BlockingQueue<Notified> received = new LinkedBlockingQueue<>();
        final AtomicInteger lastId = new AtomicInteger();
        volatile boolean inhibited;

        @Override
        public List<String> GetCapabilities() {
            return List.of("actions", "body");
        }

        @Override
        public UInt32 Notify(
                String appName,
                UInt32 replacesId,
                String appIcon,
                String summary,
                String body,
                List<String> actions,
                Map<String, Variant<?>> hints,
                int expireTimeout) {
            long id = replacesId.longValue() != 0 ? replacesId.longValue() : lastId.incrementAndGet();
            received.add(new Notified(appName, replacesId.longValue(), summary, body, List.copyOf(actions), id));
            return new UInt32(id);
        }

        @Override
        @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
        public <A> A Get(String interfaceName, String propertyName) {
            if (Notifications.BUS_NAME.equals(interfaceName) && "Inhibited".equals(propertyName)) {
                return (A) Boolean.valueOf(inhibited);
            }
            throw new DBusExecutionException("no property " + propertyName);
        }

        @Override
        public <A> void Set(String interfaceName, String propertyName, A value) {
            throw new DBusExecutionException("read-only: " + propertyName);
        }

        @Override
        public Map<String, Variant<?>> GetAll(String interfaceName) {
            return Map.of("Inhibited", new Variant<>(inhibited));
        }

        @Override
        public String getObjectPath() {
            return Notifications.OBJECT_PATH;
        }
    }

    /** A screen saver whose state and idle time the test sets. */
    public static final class FakeScreenSaver implements ScreenSaver {
        volatile boolean active;
        volatile long idleSeconds;

        @Override
        public boolean GetActive() {
            return active;
        }

        @Override
        public UInt32 GetSessionIdleTime() {
            return new UInt32(idleSeconds);
        }

        @Override
        public String getObjectPath() {
            return ScreenSaver.OBJECT_PATH;
        }
    }

    /** A clock the test moves by hand. */
    static final class SettableClock extends Clock {
        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
