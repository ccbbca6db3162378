package io.nape.app.cli.start;

import io.nape.app.Wiring;
import io.nape.app.cli.LevelOption;
import io.nape.app.cli.NapeCommand;
import io.nape.app.text.Texts;
import io.nape.app.usecase.plan.BreakText;
import io.nape.app.usecase.plan.DueBreak;
import io.nape.app.usecase.session.SessionPermit;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.app.usecase.session.StartDecision;
import io.nape.core.NapeException;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.diary.SessionLog;
import io.nape.core.person.PersonId;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.PlanEvent;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Play a guided session in the terminal and record it. */
@Command(name = "start", mixinStandardHelpOptions = true)
public final class StartCommand implements Runnable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROUTINE", descriptionKey = "routine", arity = "0..1")
    @Nullable
    String routineId;

    @Option(names = "--break")
    boolean plannedBreak;

    /** The level asked for, or null for the plan's level (the {@code level} setting, which the programme moves). */
    @Option(names = "--level", paramLabel = "LEVEL")
    @Nullable
    String level;

    @Option(names = "--plain")
    boolean plain;

    @Option(names = "--speed", hidden = true, defaultValue = "1")
    double speed = 1;

    @Override
    public void run() {
        if (!(speed > 0 && speed <= 1000)) {
            throw new NapeException("--speed must be above 0 and at most 1000, was " + speed + ".")
                    .withText("start.badSpeed", "speed", String.valueOf(speed));
        }
        Wiring wiring = parent.wiring();
        Texts texts = parent.texts();
        StartDecision decision = decide(wiring, texts);
        if (decision instanceof SessionRefusal refusal) {
            throw new SessionNotAllowedException(
                    StartWords.refusal(refusal, wiring.settings().timeZone(), texts));
        }
        SessionPermit permit = (SessionPermit) decision;
        StartWords.printRecheck(permit.recheck(), spec.commandLine().getErr(), texts);
        PrintWriter out = spec.commandLine().getOut();
        SessionLog log = play(permit, out, wiring.clock(), texts);
        SessionLog saved = wiring.sessionLogs().save(log);
        report(out, saved, texts);
    }

    /** Ask the gate for the routine named, or for the micro-break due now or next. */
    private StartDecision decide(Wiring wiring, Texts texts) {
        if (plannedBreak && routineId != null) {
            throw new ParameterException(spec.commandLine(), texts.get("start.routineOrBreak"));
        }
        if (!plannedBreak && routineId == null) {
            throw new ParameterException(spec.commandLine(), texts.get("start.routineOrBreakMissing"));
        }
        if (routineId != null) {
            String asked = level;
            DosageLevel at = asked == null ? wiring.settings().level() : LevelOption.parse(asked);
            return wiring.sessionStart(texts.language()).decide(PersonId.LOCAL, routineId, at);
        }
        PlanEvent event = DueBreak.at(
                wiring.routineLengths(), wiring.settings(), wiring.clock().instant());
        DeskBreak deskBreak = Objects.requireNonNull(event.deskBreak(), "a due break holds pieces");
        spec.commandLine()
                .getErr()
                .println(texts.get(
                        "start.break", "time", TIME.format(event.at()), "holds", BreakText.of(deskBreak, texts)));
        return wiring.sessionStart(texts.language()).decideBreak(PersonId.LOCAL, deskBreak, event.level());
    }

    /** Say that a session was saved, and how far it got. */
    public static void report(PrintWriter out, SessionLog saved, Texts texts) {
        out.println(texts.get(
                "start.saved",
                "id",
                Objects.requireNonNull(saved.id(), "a saved session log has an id"),
                "routine",
                saved.routine(),
                "outcome",
                texts.get("start.outcome." + saved.outcome().name()),
                "completed",
                saved.completedCount(),
                "total",
                saved.exercises().size()));
        out.flush();
    }

    /** Play a permitted session in plain lines, with keys handed over one character at a time through a queue. */
    public static SessionLog playPlain(
            SessionPermit permit, PrintWriter out, BlockingQueue<Integer> keys, Clock clock, Texts texts) {
        return playPlain(permit, out, new PlainKeys(keys), 1, clock, texts);
    }

    private static SessionLog playPlain(
            SessionPermit permit, PrintWriter out, KeyInput keys, double speed, Clock clock, Texts texts) {
        out.println(texts.get(
                "start.starting",
                "routine",
                permit.routine(),
                "seconds",
                Math.round(permit.timeline().totalMs() / 1000.0)));
        return new SessionPlayer(System::nanoTime, clock, keys, new PlainScreen(out, texts), speed, texts).play(permit);
    }

    private SessionLog play(SessionPermit permit, PrintWriter out, Clock clock, Texts texts) {
        if (plain || !Terminals.isInteractive()) {
            return playPlain(permit, out, new PlainKeys(parent.input()), speed, clock, texts);
        }
        try (RawTerminal terminal = new RawTerminal()) {
            SessionScreen screen = new TerminalScreen(terminal.writer(), terminal::width, texts);
            return new SessionPlayer(System::nanoTime, clock, terminal, screen, speed, texts).play(permit);
        }
    }
}
