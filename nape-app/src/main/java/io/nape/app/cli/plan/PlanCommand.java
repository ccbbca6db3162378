package io.nape.app.cli.plan;

import io.nape.app.cli.NapeCommand;
import io.nape.app.json.JsonOutput;
import io.nape.app.usecase.dates.DateLimits;
import io.nape.app.usecase.plan.PlanEventView;
import io.nape.app.usecase.settings.SettingsFile;
import io.nape.core.plan.Plan;
import io.nape.core.plan.PlanEngine;
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
    @SuppressWarnings("NullAway.Init")
    NapeCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
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
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDate first = from == null ? today : DateLimits.parse("--from", from);
        LocalDate last = to == null ? first : DateLimits.parse("--to", to);
        DateLimits.checkRange(today, first, last, "--from", "--to");
        Plan plan = new PlanEngine(parent.wiring().routineLengths()).plan(settings, first, last);
        PrintWriter err = spec.commandLine().getErr();
        plan.notes().forEach(note -> err.println("Note: " + note));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, plan.events().stream().map(PlanEventView::of).toList());
        } else {
            PlanTable.print(out, plan, settings.timeZone());
        }
    }

    /** The events of a plan as a table for people, day by day. */
    static final class PlanTable {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm xxx", Locale.ROOT);
        private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);

        private PlanTable() {}

        static void print(PrintWriter out, Plan plan, ZoneId zone) {
            out.println("Plan for " + plan.from() + (plan.to().equals(plan.from()) ? "" : " to " + plan.to()) + " ("
                    + zone.getId() + ")");
            for (LocalDate day = plan.from(); !day.isAfter(plan.to()); day = day.plusDays(1)) {
                out.println();
                out.println(DAY.format(day));
                List<PlanEvent> events = plan.eventsOn(day);
                if (events.isEmpty()) {
                    out.println("  nothing planned");
                }
                for (PlanEvent event : events) {
                    String time = TIME.format(event.at())
                            + (event.at().toLocalDate().equals(day) ? "" : " (" + WEEKDAY.format(event.at()) + ")");
                    out.printf(
                            Locale.ROOT,
                            "  %-18s %-18s %-20s %3d min%n",
                            time,
                            event.kind().label(),
                            event.routine(),
                            event.minutes());
                }
            }
            out.flush();
        }
    }
}
