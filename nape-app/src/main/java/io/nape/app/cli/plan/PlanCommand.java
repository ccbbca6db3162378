package io.nape.app.cli.plan;

import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.text.Texts;
import io.nape.app.usecase.dates.DateLimits;
import io.nape.app.usecase.plan.BreakText;
import io.nape.app.usecase.plan.PlanDays;
import io.nape.app.usecase.plan.PlanEventView;
import io.nape.app.usecase.plan.PlanNoteText;
import io.nape.app.usecase.settings.SettingsFile;
import io.nape.core.plan.Plan;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Settings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Print the plan for a range of days. */
@Command(name = "plan", mixinStandardHelpOptions = true)
public final class PlanCommand implements Runnable {
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

    @Option(names = "--settings", paramLabel = "FILE")
    @Nullable
    Path settingsFile;

    @Option(names = "--json")
    boolean json;

    @Override
    public void run() {
        ZoneId systemZone = ZoneId.systemDefault();
        Settings settings =
                settingsFile == null ? parent.wiring().settings() : SettingsFile.read(settingsFile, systemZone);
        LocalDate today = LocalDate.now(parent.wiring().clock().withZone(settings.timeZone()));
        LocalDate first = from == null ? today : DateLimits.parse("--from", from);
        LocalDate last = to == null ? first : DateLimits.parse("--to", to);
        DateLimits.checkRange(today, first, last, "--from", "--to");
        Plan plan = PlanDays.of(parent.wiring(), settings, first, last);
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = parent.texts();
        plan.notes().forEach(note -> err.println(texts.get("plan.note", "note", PlanNoteText.of(note, texts))));
        int breakMinutes = settings.breaks().microBreakMinutes();
        BreakText.leftOut(plan, breakMinutes, texts)
                .ifPresent(note -> err.println(texts.get("plan.note", "note", note)));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, plan.events().stream().map(PlanEventView::of).toList());
        } else {
            PlanTable.print(out, plan, settings.timeZone(), texts);
            // How the breaks are filled is part of the plan, not a problem with it: below the table.
            BreakText.why(plan, breakMinutes, texts).ifPresent(why -> {
                out.println();
                out.println(why);
            });
        }
    }

    /** The events of a plan as a table for people, day by day. */
    static final class PlanTable {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm xxx", Locale.ROOT);

        private PlanTable() {}

        private static Locale locale(Texts texts) {
            return texts.language() == io.nape.app.text.Language.RUSSIAN ? texts.locale() : Locale.ENGLISH;
        }

        static void print(PrintWriter out, Plan plan, ZoneId zone, Texts texts) {
            out.println(
                    plan.to().equals(plan.from())
                            ? texts.get("plan.heading", "from", plan.from(), "zone", zone.getId())
                            : texts.get(
                                    "plan.headingRange", "from", plan.from(), "to", plan.to(), "zone", zone.getId()));
            for (LocalDate day = plan.from(); !day.isAfter(plan.to()); day = day.plusDays(1)) {
                out.println();
                out.println(DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", locale(texts))
                        .format(day));
                List<PlanEvent> events = plan.eventsOn(day);
                if (events.isEmpty()) {
                    out.println("  " + texts.get("plan.nothing"));
                }
                for (PlanEvent event : events) {
                    String time = TIME.format(event.at())
                            + (event.at().toLocalDate().equals(day)
                                    ? ""
                                    : " ("
                                            + DateTimeFormatter.ofPattern("EEE", locale(texts))
                                                    .format(event.at()) + ")");
                    out.printf(
                            Locale.ROOT,
                            "  %-18s %-18s %-20s %7s%n",
                            time,
                            texts.get("event.kind." + event.kind().name()),
                            event.routine(),
                            texts.get("plan.minutes", "minutes", event.minutes()));
                    event.findDeskBreak()
                            .ifPresent(deskBreak ->
                                    out.println("  " + " ".repeat(18) + " " + BreakText.of(deskBreak, texts)));
                }
            }
            out.flush();
        }
    }
}
