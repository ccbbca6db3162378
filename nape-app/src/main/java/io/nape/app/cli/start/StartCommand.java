package io.nape.app.cli.start;

import io.nape.app.cli.LevelOption;
import io.nape.app.cli.NapeCommand;
import io.nape.core.NapeException;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Routine;
import io.nape.core.diary.SessionLog;
import io.nape.core.session.Timeline;
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
@Command(
        name = "start",
        mixinStandardHelpOptions = true,
        description = {
            "Play a routine as a guided session: one short cue at a time with a countdown.",
            "Keys: space pause/resume, n skip, p stop because it hurts, q quit.",
            "When the output is not a terminal, prints one line per cue (keys then come from standard input)."
        })
public final class StartCommand implements Runnable {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    NapeCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Parameters(paramLabel = "ROUTINE", description = "A routine id such as desk-a (see './nape routines').")
    @SuppressWarnings("NullAway.Init")
    String routineId;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "standard", description = LevelOption.DESCRIPTION)
    String level = "standard";

    @Option(names = "--plain", description = "Print one line per cue instead of redrawing the screen.")
    boolean plain;

    @Option(names = "--speed", hidden = true, defaultValue = "1", description = "Play faster, for demonstrations.")
    double speed = 1;

    @Override
    public void run() {
        if (!(speed > 0 && speed <= 1000)) {
            throw new NapeException("--speed must be above 0 and at most 1000, was " + speed + ".");
        }
        Catalogue catalogue = parent.wiring().catalogue();
        Routine routine = catalogue.getRoutine(routineId);
        SafetyCheckpoint.require(parent.wiring(), routine, spec.commandLine().getErr());
        Timeline timeline = Timeline.expand(routine, catalogue, LevelOption.parse(level));
        PrintWriter out = spec.commandLine().getOut();
        SessionLog log = play(timeline, out);
        SessionLog saved = parent.wiring().sessionLogs().save(log);
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

    /** Play a session in plain lines, with keys handed over one character at a time through a queue. */
    public static SessionLog playPlain(Timeline timeline, PrintWriter out, BlockingQueue<Integer> keys) {
        return playPlain(timeline, out, new PlainKeys(keys), 1);
    }

    private static SessionLog playPlain(Timeline timeline, PrintWriter out, KeyInput keys, double speed) {
        out.println("Starting " + timeline.routine() + " (" + Math.round(timeline.totalMs() / 1000.0)
                + " s). Type n and Enter to skip, p to stop because it hurts, q to quit.");
        return new SessionPlayer(System::nanoTime, Clock.systemUTC(), keys, new PlainScreen(out), speed).play(timeline);
    }

    private SessionLog play(Timeline timeline, PrintWriter out) {
        if (plain || !Terminals.isInteractive()) {
            return playPlain(timeline, out, new PlainKeys(parent.input()), speed);
        }
        try (RawTerminal terminal = new RawTerminal()) {
            SessionScreen screen = new TerminalScreen(terminal.writer(), terminal::width);
            return new SessionPlayer(System::nanoTime, Clock.systemUTC(), terminal, screen, speed).play(timeline);
        }
    }
}
