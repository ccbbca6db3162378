package io.nape.app.cli.history;

import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.history.SessionView;
import io.nape.core.NapeException;
import io.nape.core.diary.SessionLog;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Show the sessions played, newest first. */
@Command(name = "history", mixinStandardHelpOptions = true)
public final class HistoryCommand implements Runnable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20")
    int limit = 20;

    @Override
    public void run() {
        if (limit < 1 || limit > 100_000) {
            throw new NapeException("--limit must be 1-100000, was " + limit).withText("history.limit", "value", limit);
        }
        List<SessionLog> logs = parent.wiring().sessionLogs().findRecent(limit);
        PrintWriter out = spec.commandLine().getOut();
        Texts texts = parent.texts();
        if (json) {
            JsonOutput.print(out, logs.stream().map(SessionView::of).toList());
            return;
        }
        if (logs.isEmpty()) {
            out.println(texts.get("history.none"));
            return;
        }
        ZoneId zone = parent.wiring().settings().timeZone();
        out.printf(
                Locale.ROOT,
                "%-6s %-16s %-20s %-9s %-17s %-9s %s%n",
                texts.get("history.heading.id"),
                texts.get("history.heading.started"),
                texts.get("history.heading.routine"),
                texts.get("history.heading.level"),
                texts.get("history.heading.outcome"),
                texts.get("history.heading.minutes"),
                texts.get("history.heading.done"));
        for (SessionLog log : logs) {
            Duration length = Duration.between(log.startedAt(), log.endedAt());
            out.printf(
                    Locale.ROOT,
                    "%-6d %-16s %-20s %-9s %-17s %-9s %d/%d%n",
                    log.id(),
                    WHEN.format(log.startedAt().atZone(zone)),
                    log.routine(),
                    texts.get("dosage.level." + log.level().key()),
                    texts.get("start.outcome." + log.outcome().name()),
                    String.format(Locale.ROOT, "%d:%02d", length.toMinutes(), length.toSecondsPart()),
                    log.completedCount(),
                    log.exercises().size());
        }
    }
}
