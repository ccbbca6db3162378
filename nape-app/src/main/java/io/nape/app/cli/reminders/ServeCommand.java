package io.nape.app.cli.reminders;

import io.nape.app.LoggingStart;
import io.nape.app.WebApp;
import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import io.nape.app.cli.start.StartCommand;
import io.nape.app.cli.start.StartWords;
import io.nape.app.data.Backups;
import io.nape.app.notify.DesktopNotifier;
import io.nape.app.notify.ReminderCommand;
import io.nape.app.notify.ReminderHub;
import io.nape.app.notify.ReminderLoop;
import io.nape.app.notify.TerminalNotifier;
import io.nape.app.notify.WebNotifier;
import io.nape.app.usecase.session.SessionPermit;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.app.usecase.session.StartDecision;
import io.nape.core.NapeException;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.diary.SessionLog;
import io.nape.core.person.PersonId;
import io.nape.core.plan.Notifier;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.RoutineLengths;
import io.nape.core.plan.Settings;
import io.nape.core.plan.SnoozeLength;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    @SuppressWarnings("NullAway.Init")
    NapeCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
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
        LoggingStart.await(); // before the web app's thread asks for its loggers
        ReminderHub hub = ReminderHub.forLoop(command -> {
            answeredInPage = true;
            commands.add(command);
        });
        // The web app starts on a second thread while this one reads the settings and the catalogue;
        // a request that comes in meanwhile waits for the data it needs.
        @Nullable FutureTask<WebApp> webStart = noWeb ? null : new FutureTask<>(() -> startWeb(wiring, hub));
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
        PlanEngine engine = new PlanEngine(RoutineLengths.of(catalogue));
        List<Notifier> notifiers = new ArrayList<>();
        DesktopNotifier.find(napeCommand.environment()).ifPresent(notifiers::add);
        notifiers.add(new TerminalNotifier(out, settings.timeZone()));
        if (!noWeb) {
            notifiers.add(new WebNotifier(hub));
        }
        ReminderLoop loop = new ReminderLoop(
                wiring.clock(),
                settings.timeZone(),
                day -> engine.plan(settings, day, day).events(),
                wiring.reminders(),
                notifiers,
                event -> prepareSession(wiring, event, out));
        ScheduledExecutorService dailyBackup = Backups.daily(wiring, out);
        if (web != null) {
            out.println("Nape is running at " + web.address() + " (open it in your browser).");
        }
        out.println("Nape reminders are running (" + settings.timeZone().getId() + "; "
                + String.join(" and ", notifiers.stream().map(Notifier::name).toList()) + "). "
                + next(engine, settings, wiring.clock()));
        out.println("Answer a reminder with d (start), s5, s10 or s15 (snooze), k (skip). Type q or Ctrl-C to stop.");
        out.flush();
        Thread reader = new Thread(() -> readAnswers(napeCommand.input(), out), "nape-answers");
        reader.setDaemon(true);
        reader.start();
        try {
            loop.run(atMost -> Optional.ofNullable(commands.poll(atMost.toMillis(), TimeUnit.MILLISECONDS)));
        } finally {
            dailyBackup.shutdownNow();
            if (web != null) {
                web.close();
            }
        }
        out.println("Reminders stopped.");
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

    private WebApp startWeb(Wiring wiring, ReminderHub hub) {
        if (port < 0 || port > 65_535) {
            throw new NapeException("--port must be 0-65535, was " + port + ".");
        }
        try {
            return wiring.startWebApp(port, hub);
        } catch (RuntimeException failure) {
            if (causedByBind(failure)) {
                throw new NapeException("Port " + port + " on 127.0.0.1 is already in use; is Nape already running?"
                        + " Open http://127.0.0.1:" + port + "/ or start with another --port.");
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

    private static String next(PlanEngine engine, Settings settings, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(settings.timeZone()).toLocalDate();
        return engine.plan(settings, today, today.plusDays(1)).events().stream()
                .filter(event -> !event.instant().isBefore(now))
                .findFirst()
                .map(event -> "Next: " + event.atText().substring(11, 16) + " "
                        + event.kind().label() + ", " + event.routine() + " (" + event.minutes() + " min).")
                .orElse("Nothing is planned for today or tomorrow.");
    }

    /** Ask the gate for the reminded session; say why not, or hand back the session to play. */
    private Optional<Runnable> prepareSession(Wiring wiring, PlanEvent event, PrintWriter out) {
        StartDecision decision =
                wiring.sessionStart().decide(PersonId.LOCAL, event.routine().value(), event.level());
        if (decision instanceof SessionRefusal refusal) {
            out.println(StartWords.refusal(refusal, wiring.settings().timeZone()));
            out.println("Type k to skip this reminder, or s5, s10 or s15 to snooze it.");
            out.flush();
            return Optional.empty();
        }
        SessionPermit permit = (SessionPermit) decision;
        if (answeredInPage) {
            return Optional.of(() -> {
                out.println("Starting " + event.routine() + " in the page.");
                out.flush();
            });
        }
        return Optional.of(() -> playSession(wiring, permit, out));
    }

    private void playSession(Wiring wiring, SessionPermit permit, PrintWriter out) {
        StartWords.printRecheck(permit.recheck(), out);
        BlockingQueue<Integer> keys = new LinkedBlockingQueue<>();
        sessionKeys = keys;
        SessionLog log;
        try {
            log = StartCommand.playPlain(permit, out, keys, wiring.clock());
        } finally {
            sessionKeys = null; // what is typed from now on answers reminders again
        }
        StartCommand.report(out, wiring.sessionLogs().save(log));
    }

    private void readAnswers(InputStream in, PrintWriter out) {
        StringBuilder line = new StringBuilder();
        try {
            int character;
            while ((character = in.read()) >= 0) {
                BlockingQueue<Integer> keys = sessionKeys;
                if (keys != null) {
                    keys.add(character);
                } else if (character == '\n') {
                    answer(line.toString().trim().toLowerCase(Locale.ROOT), out);
                    line.setLength(0);
                } else {
                    line.append((char) character);
                }
            }
        } catch (IOException gone) {
            // No more answers can come; the reminders go on.
        }
    }

    private void answer(String text, PrintWriter out) {
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
                out.println("Type d to start, s5, s10 or s15 to snooze, k to skip, q to stop.");
                out.flush();
            }
        }
    }
}
