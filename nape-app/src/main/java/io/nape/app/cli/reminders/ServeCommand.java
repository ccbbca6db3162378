package io.nape.app.cli.reminders;

import io.nape.app.LoggingStart;
import io.nape.app.WebApp;
import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import io.nape.app.cli.start.StartCommand;
import io.nape.app.cli.start.StartWords;
import io.nape.app.data.Backups;
import io.nape.app.desktop.CallSensor;
import io.nape.app.desktop.DBusNotifier;
import io.nape.app.desktop.DesktopBus;
import io.nape.app.desktop.FullScreenSensor;
import io.nape.app.desktop.LogindSensor;
import io.nape.app.desktop.ScreenSaverSensor;
import io.nape.app.desktop.XdgOpen;
import io.nape.app.notify.DataChanges;
import io.nape.app.notify.DesktopNotifier;
import io.nape.app.notify.ReminderCommand;
import io.nape.app.notify.ReminderHub;
import io.nape.app.notify.ReminderLoop;
import io.nape.app.notify.ReminderWords;
import io.nape.app.notify.TerminalNotifier;
import io.nape.app.notify.WebNotifier;
import io.nape.app.text.Texts;
import io.nape.app.usecase.plan.PlanDays;
import io.nape.app.usecase.session.SessionPermit;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.app.usecase.session.StartDecision;
import io.nape.core.NapeException;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.diary.SessionLog;
import io.nape.core.person.PersonId;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.Notifier;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Settings;
import io.nape.core.plan.SnoozeLength;
import io.nape.core.presence.PresenceSensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Run the reminders in this terminal until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true)
public final class ServeCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070")
    int port = WebApp.DEFAULT_PORT;

    @Option(names = "--no-web")
    boolean noWeb;

    private final BlockingQueue<ReminderCommand> commands = new LinkedBlockingQueue<>();
    private volatile @Nullable BlockingQueue<Integer> sessionKeys;
    private volatile boolean answeredInPage;

    @Override
    public void run() {
        serve(parent, spec.commandLine().getOut());
    }

    /** Run the reminders for the command's person until stopped; also what plain {@code nape} does. */
    public void serve(NapeCommand napeCommand, PrintWriter out) {
        Wiring wiring = napeCommand.wiring();
        Texts texts = napeCommand.texts();
        LoggingStart.await(); // before the web app's thread asks for its loggers
        ReminderHub hub = ReminderHub.forLoop(command -> {
            answeredInPage = true;
            commands.add(command);
        });
        // The web app starts on a second thread while this one reads the settings and the catalogue;
        // a request that comes in meanwhile waits for the data it needs.
        @Nullable FutureTask<WebApp> webStart = noWeb ? null : new FutureTask<>(() -> startWeb(wiring, hub, texts));
        if (webStart != null) {
            Thread starter = new Thread(webStart, "nape-web-start");
            starter.setDaemon(true);
            starter.start();
        }
        Settings settings;
        Catalogue catalogue;
        @Nullable WebApp web;
        try {
            settings = wiring.settings();
            catalogue = wiring.catalogue();
            web = webStart == null ? null : started(webStart);
        } catch (RuntimeException failure) {
            if (webStart != null) {
                webStart.cancel(false);
                closeIfStarted(webStart);
            }
            throw failure;
        }
        Map<String, String> environment = napeCommand.environment();
        Optional<DesktopBus> bus = wiring.desktopBus(environment);
        List<Notifier> notifiers = new ArrayList<>();
        // On a desktop with a notification server, notifications carry Start now / Snooze / Skip;
        // "Start now" opens the player in the browser. Elsewhere notify-send, if there is one.
        Optional<DBusNotifier> answerable = web == null
                ? Optional.empty()
                : bus.flatMap(desktop -> DBusNotifier.on(
                        desktop,
                        texts,
                        command -> {
                            answeredInPage = true;
                            commands.add(command);
                        },
                        XdgOpen.find(environment)
                                .<Consumer<URI>>map(open -> open)
                                .orElse(address -> {}),
                        URI.create(web.address())));
        if (answerable.isPresent()) {
            notifiers.add(answerable.get());
        } else {
            DesktopNotifier.find(environment, texts).ifPresent(notifiers::add);
        }
        notifiers.add(new TerminalNotifier(out, settings.timeZone(), texts));
        if (!noWeb) {
            notifiers.add(new WebNotifier(hub));
        }
        // Where the person is: the desktop's screen saver, idle time and do-not-disturb, a call, a
        // full-screen window, and the open pages' input; a source that cannot tell says nothing.
        List<PresenceSensor> sensors = new ArrayList<>();
        bus.ifPresent(desktop -> sensors.add(ScreenSaverSensor.on(desktop, wiring.clock())));
        // The login manager's lock and idle state, on the system bus, for a desktop session only;
        // where it does not answer for this session, the bus is closed again at once.
        Optional<DesktopBus> systemBus = bus.isPresent() ? wiring.systemBus(environment) : Optional.empty();
        Optional<LogindSensor> logind = systemBus.flatMap(system -> LogindSensor.on(system, wiring.clock()));
        if (logind.isPresent()) {
            sensors.add(logind.get());
        } else {
            systemBus.ifPresent(DesktopBus::close);
        }
        CallSensor.onThisMachine(() -> wiring.settings().breaks().callDetection())
                .ifPresent(sensors::add);
        FullScreenSensor.onThisDisplay(environment).ifPresent(sensors::add);
        if (!noWeb) {
            sensors.add(hub.pagePresence());
        }
        ReminderLoop loop = new ReminderLoop(
                wiring.clock(),
                wiring::settings,
                (current, day) -> PlanDays.of(wiring, current, day, day).events(),
                wiring.reminders(),
                notifiers,
                sensors,
                event -> prepareSession(wiring, texts, event, out));
        hub.presenceFrom(loop::presence);
        for (PresenceSensor sensor : sensors) {
            sensor.onChange(() -> commands.add(new ReminderCommand.Wake()));
        }
        // A change to the data file (settings set in another terminal, the Settings page) wakes the
        // loop, which re-plans what is still to come; on PostgreSQL it is noticed at the next wake.
        Optional<DataChanges> dataChanges = wiring.config().databaseUrl() == null
                ? DataChanges.watch(
                        wiring.config().databaseFile(),
                        DataChanges.newVersion(
                                () -> wiring.database().dataVersion().current()),
                        () -> commands.add(new ReminderCommand.Wake()))
                : Optional.empty();
        ScheduledExecutorService dailyBackup = Backups.daily(wiring, out, texts);
        if (web != null) {
            out.println(texts.get("serve.webRunning", "address", web.address()));
        }
        out.println(texts.get(
                "serve.running",
                "zone",
                settings.timeZone().getId(),
                "channels",
                texts.get("serve.channels."
                        + String.join(
                                "-", notifiers.stream().map(Notifier::name).toList())),
                "next",
                next(wiring, settings, texts)));
        out.println(texts.get("serve.answerHint"));
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            // The desktop's presence and answerable notifications are read on Linux only, so far.
            out.println(texts.get("serve.desktopNotSupported", "system", System.getProperty("os.name", "?")));
        }
        out.flush();
        Thread reader = new Thread(() -> readAnswers(napeCommand.input(), out, texts), "nape-answers");
        reader.setDaemon(true);
        reader.start();
        try {
            loop.run(atMost -> Optional.ofNullable(commands.poll(atMost.toMillis(), TimeUnit.MILLISECONDS)));
        } finally {
            dataChanges.ifPresent(DataChanges::close);
            bus.ifPresent(DesktopBus::close);
            if (logind.isPresent()) {
                systemBus.ifPresent(DesktopBus::close);
            }
            Backups.stop(dailyBackup);
            if (web != null) {
                web.close();
            }
        }
        out.println(texts.get("serve.stopped"));
        out.flush();
    }

    private static WebApp started(FutureTask<WebApp> webStart) {
        try {
            return webStart.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("the web app did not start", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the web app started", interrupted);
        }
    }

    private static void closeIfStarted(FutureTask<WebApp> webStart) {
        try {
            webStart.get().close();
        } catch (ExecutionException | CancellationException notStarted) {
            // nothing to close
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private WebApp startWeb(Wiring wiring, ReminderHub hub, Texts texts) {
        if (port < 0 || port > 65_535) {
            throw new NapeException("--port must be 0-65535, was " + port)
                    .withText("serve.portOutOfRange", "port", port);
        }
        try {
            return wiring.startWebApp(port, hub);
        } catch (RuntimeException failure) {
            if (causedByBind(failure)) {
                throw new NapeException("port " + port + " on 127.0.0.1 is in use", failure)
                        .withText("serve.portInUse", "port", String.valueOf(port));
            }
            throw failure;
        }
    }

    private static boolean causedByBind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static String next(Wiring wiring, Settings settings, Texts texts) {
        Clock clock = wiring.clock();
        Instant now = clock.instant();
        LocalDate today = now.atZone(settings.timeZone()).toLocalDate();
        return PlanDays.of(wiring, settings, today, today.plusDays(1)).events().stream()
                .filter(event -> !event.instant().isBefore(now))
                .findFirst()
                .map(event -> texts.get(
                        "serve.next",
                        "time",
                        event.atText().substring(11, 16),
                        "kind",
                        ReminderWords.kind(texts, event.kind()),
                        "routine",
                        event.routine().value(),
                        "minutes",
                        event.minutes()))
                .orElse(texts.get("serve.nothingNext"));
    }

    /** Ask the gate for the reminded session; say why not, or hand back the session to play. */
    private Optional<Runnable> prepareSession(Wiring wiring, Texts texts, PlanEvent event, PrintWriter out) {
        DeskBreak deskBreak = event.deskBreak();
        StartDecision decision = deskBreak == null
                ? wiring.sessionStart(texts.language())
                        .decide(PersonId.LOCAL, event.routine().value(), event.level())
                : wiring.sessionStart(texts.language()).decideBreak(PersonId.LOCAL, deskBreak, event.level());
        if (decision instanceof SessionRefusal refusal) {
            out.println(StartWords.refusal(refusal, wiring.settings().timeZone(), texts));
            out.println(texts.get("serve.refusedHint"));
            out.flush();
            return Optional.empty();
        }
        SessionPermit permit = (SessionPermit) decision;
        if (answeredInPage) {
            return Optional.of(() -> {
                out.println(texts.get(
                        "serve.startingInPage", "routine", event.routine().value()));
                out.flush();
            });
        }
        return Optional.of(() -> playSession(wiring, permit, out, texts));
    }

    private void playSession(Wiring wiring, SessionPermit permit, PrintWriter out, Texts texts) {
        StartWords.printRecheck(permit.recheck(), out, texts);
        BlockingQueue<Integer> keys = new LinkedBlockingQueue<>();
        sessionKeys = keys;
        SessionLog log;
        try {
            log = StartCommand.playPlain(permit, out, keys, wiring.clock(), texts);
        } finally {
            sessionKeys = null; // what is typed from now on answers reminders again
        }
        StartCommand.report(out, wiring.sessionLogs().save(log), texts);
    }

    private void readAnswers(InputStream in, PrintWriter out, Texts texts) {
        StringBuilder line = new StringBuilder();
        try {
            int character;
            while ((character = in.read()) >= 0) {
                BlockingQueue<Integer> keys = sessionKeys;
                if (keys != null) {
                    keys.add(character);
                } else if (character == '\n') {
                    answer(line.toString().trim().toLowerCase(Locale.ROOT), out, texts);
                    line.setLength(0);
                } else {
                    line.append((char) character);
                }
            }
        } catch (IOException gone) {
            // No more answers can come; the reminders go on.
        }
    }

    private void answer(String text, PrintWriter out, Texts texts) {
        answeredInPage = false;
        switch (text) {
            case "" -> {}
            case "d", "done", "start" -> commands.add(new ReminderCommand.Done());
            case "k", "skip" -> commands.add(new ReminderCommand.Skip());
            case "s5", "s10", "s15" ->
                commands.add(new ReminderCommand.Snooze(SnoozeLength.ofMinutes(Integer.parseInt(text.substring(1)))
                        .orElseThrow()));
            case "q", "quit", "stop" -> commands.add(new ReminderCommand.Stop());
            default -> {
                out.println(texts.get("serve.unknownAnswer"));
                out.flush();
            }
        }
    }
}
