package io.nape.app.cli.start;

import io.nape.app.Wiring;
import io.nape.app.cli.LevelOption;
import io.nape.app.cli.NapeCommand;
import io.nape.app.usecase.session.SessionPermit;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.app.usecase.session.StartDecision;
import io.nape.core.NapeException;
import io.nape.core.diary.SessionLog;
import io.nape.core.person.PersonId;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Play a guided session in the terminal and record it. */
@Command(name = "start", mixinStandardHelpOptions = true)
public final class StartCommand implements Runnable {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    NapeCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Parameters(paramLabel = "ROUTINE", descriptionKey = "routine")
    @SuppressWarnings("NullAway.Init")
    String routineId;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "standard")
    String level = "standard";

    @Option(names = "--plain")
    boolean plain;

    @Option(names = "--speed", hidden = true, defaultValue = "1")
    double speed = 1;

    @Override
    public void run() {
        if (!(speed > 0 && speed <= 1000)) {
            throw new NapeException("--speed must be above 0 and at most 1000, was " + speed + ".");
        }
        Wiring wiring = parent.wiring();
        StartDecision decision = wiring.sessionStart().decide(PersonId.LOCAL, routineId, LevelOption.parse(level));
        if (decision instanceof SessionRefusal refusal) {
            throw new SessionNotAllowedException(
                    StartWords.refusal(refusal, wiring.settings().timeZone()));
        }
        SessionPermit permit = (SessionPermit) decision;
        StartWords.printRecheck(permit.recheck(), spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        SessionLog log = play(permit, out, wiring.clock());
        SessionLog saved = wiring.sessionLogs().save(log);
        report(out, saved);
    }

    /** Say that a session was saved, and how far it got. */
    public static void report(PrintWriter out, SessionLog saved) {
        out.printf(
                Locale.ROOT,
                "Saved session %d: %s, %s, %d of %d exercises completed.%n",
                saved.id(),
                saved.routine(),
                saved.outcome().key(),
                saved.completedCount(),
                saved.exercises().size());
        out.flush();
    }

    /** Play a permitted session in plain lines, with keys handed over one character at a time through a queue. */
    public static SessionLog playPlain(
            SessionPermit permit, PrintWriter out, BlockingQueue<Integer> keys, Clock clock) {
        return playPlain(permit, out, new PlainKeys(keys), 1, clock);
    }

    private static SessionLog playPlain(
            SessionPermit permit, PrintWriter out, KeyInput keys, double speed, Clock clock) {
        out.println("Starting " + permit.routine() + " ("
                + Math.round(permit.timeline().totalMs() / 1000.0)
                + " s). Type n and Enter to skip, p to stop because it hurts, q to quit.");
        return new SessionPlayer(System::nanoTime, clock, keys, new PlainScreen(out), speed).play(permit);
    }

    private SessionLog play(SessionPermit permit, PrintWriter out, Clock clock) {
        if (plain || !Terminals.isInteractive()) {
            return playPlain(permit, out, new PlainKeys(parent.input()), speed, clock);
        }
        try (RawTerminal terminal = new RawTerminal()) {
            SessionScreen screen = new TerminalScreen(terminal.writer(), terminal::width);
            return new SessionPlayer(System::nanoTime, clock, terminal, screen, speed).play(permit);
        }
    }
}
