package io.nape.app.cli.diary;

import io.nape.app.Wiring;
import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.diary.PainView;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** List the pain entries and the sessions of a run of days, oldest first. */
@Command(name = "diary", mixinStandardHelpOptions = true)
public final class DiaryCommand implements Runnable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE")
    @Nullable
    String from;

    @Option(names = "--to", paramLabel = "DATE")
    @Nullable
    String to;

    @Option(names = "--json")
    boolean json;

    @Override
    public void run() {
        Wiring wiring = parent.wiring();
        ZoneId zone = wiring.settings().timeZone();
        DayRange range =
                DayRange.of(from, to, wiring.clock().instant().atZone(zone).toLocalDate());
        Instant start = range.start(zone);
        Instant end = range.end(zone);
        List<PainEntry> pains = wiring.painEntries().findBetween(start, end);
        List<SessionLog> sessions = wiring.sessionLogs().findStartedBetween(start, end);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, DiaryView.of(range, zone, pains, sessions));
            return;
        }
        Texts texts = parent.texts();
        if (pains.isEmpty() && sessions.isEmpty()) {
            out.println(texts.get("diary.nothing", "from", range.from(), "to", range.to()));
            out.flush();
            return;
        }
        out.println(texts.get("diary.heading", "from", range.from(), "to", range.to(), "zone", zone.getId()));
        List<Line> lines = new ArrayList<>();
        pains.forEach(entry -> lines.add(new Line(entry.at(), painText(entry, texts))));
        sessions.forEach(session -> lines.add(new Line(session.startedAt(), sessionText(session, texts))));
        lines.sort(Comparator.comparing(Line::at));
        lines.forEach(line -> out.println(WHEN.format(line.at().atZone(zone)) + "  " + line.text()));
        out.flush();
    }

    private static String painText(PainEntry entry, Texts texts) {
        String and = texts.get("diary.line.and");
        StringBuilder text = new StringBuilder(texts.get("diary.line.pain", "pain", entry.pain()));
        if (entry.stiffness() != null) {
            text.append(", ").append(texts.get("diary.line.stiffness", "stiffness", entry.stiffness()));
        }
        if (!entry.where().isEmpty()) {
            text.append(", ")
                    .append(entry.where().stream()
                            .map(area -> texts.get("diary.line.area." + area.name()))
                            .collect(Collectors.joining(and)));
        }
        if (!entry.character().isEmpty()) {
            text.append(", ")
                    .append(entry.character().stream()
                            .map(character -> texts.get("pain.character." + character.name()))
                            .collect(Collectors.joining(and)));
        }
        if (!entry.note().isEmpty()) {
            text.append(": ").append(entry.note().replaceAll("\\s+", " "));
        }
        return text.toString();
    }

    private static String sessionText(SessionLog session, Texts texts) {
        return texts.get(
                "diary.line.session",
                "routine",
                session.routine(),
                "level",
                texts.get("dosage.level." + session.level().key()),
                "outcome",
                texts.get("start.outcome." + session.outcome().name()),
                "completed",
                session.completedCount(),
                "total",
                session.exercises().size());
    }

    /** One line of the diary, to be put in time order. */
    private record Line(Instant at, String text) {}

    /** The diary in JSON. */
    record DiaryView(String from, String to, String timeZone, List<PainView> painEntries, List<SessionView> sessions) {
        static DiaryView of(DayRange range, ZoneId zone, List<PainEntry> pains, List<SessionLog> sessions) {
            return new DiaryView(
                    range.from().toString(),
                    range.to().toString(),
                    zone.getId(),
                    pains.stream().map(PainView::of).toList(),
                    sessions.stream().map(SessionView::of).toList());
        }
    }

    /** A session in JSON, without its exercise-by-exercise detail (see {@code history --json}). */
    record SessionView(
            long id,
            String routine,
            String level,
            String startedAt,
            String endedAt,
            String outcome,
            long exercisesCompleted,
            int exercises) {
        static SessionView of(SessionLog session) {
            return new SessionView(
                    session.id() == null ? 0 : session.id(),
                    session.routine().value(),
                    session.level().key(),
                    session.startedAt().toString(),
                    session.endedAt().toString(),
                    session.outcome().key(),
                    session.completedCount(),
                    session.exercises().size());
        }
    }
}
