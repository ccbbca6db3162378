package io.nape.app.cli.diary;

import io.nape.app.ReadCache;
import io.nape.app.Wiring;
import io.nape.app.cli.JsonOutput;
import io.nape.app.cli.NapeCommand;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.plan.DayProgress;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.progress.Progress;
import io.nape.core.progress.ProgressReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Show whether the plan is followed and the pain goes down. */
@Command(
        name = "progress",
        mixinStandardHelpOptions = true,
        description = {
            "Show the sessions done of those planned this week and the 4 weeks before, the days in a row with"
                    + " the morning or evening session, and whether the 7-day pain mean went down over 4 weeks.",
            "Weeks run Monday to Sunday in the time zone of your settings; days before your first session,"
                    + " reminder or pain entry are left out, and so is anything older than a year."
        },
        footer = {
            "",
            "Output with --json: {\"today\", \"timeZone\", \"weeks\": [{\"monday\", \"planned\", \"due\", \"done\","
                    + " \"percent\"}], \"days\": [{\"day\", \"planned\", \"due\", \"done\", \"percent\"}],"
                    + " \"streaks\": {\"current\", \"longest\"}, \"pain\": {\"mean7Days\", \"entries7Days\","
                    + " \"meanFourWeeksEarlier\", \"entriesFourWeeksEarlier\", \"change\", \"meaningfulChange\"}}",
            "\"meaningfulChange\" is \"better\", \"worse\" or null; a mean without entries is null."
        })
public final class ProgressCommand implements Runnable {
    /** How many weeks the plan and the streaks look back, this week included. */
    static final int LOOK_BACK_WEEKS = 52;
    /** How many weeks are shown: this week and the 4 before. */
    static final int SHOWN_WEEKS = 5;

    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    NapeCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        Wiring wiring = parent.wiring();
        Settings settings = wiring.settings();
        ZoneId zone = settings.timeZone();
        Instant now = Clock.systemUTC().instant();
        ProgressReport report = report(wiring, settings, now);
        LocalDate firstShown = report.today()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(SHOWN_WEEKS - 1L);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, ProgressView.of(report, zone, firstShown));
        } else {
            ProgressText.print(out, report, zone, firstShown);
        }
    }

    /**
     * What progress is computed from, and the result: the sessions and pain entries of the last
     * year, and the report over the plan from the day of the first thing recorded (at most a year
     * back) to the end of this week. The command, the API and the Progress page all use this.
     */
    public record ProgressData(ProgressReport report, List<SessionLog> sessions, List<PainEntry> pains) {}

    /** The progress as of {@code now}. */
    public static ProgressData load(Wiring wiring, Settings settings, Instant now) {
        return load(wiring, wiring.reads().snapshot(), settings, now);
    }

    /** The progress as of {@code now}, read under a snapshot taken for one request. */
    public static ProgressData load(Wiring wiring, ReadCache.Snapshot reads, Settings settings, Instant now) {
        ZoneId zone = settings.timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Inputs inputs = reads.get(new InputsKey(settings, today), () -> Inputs.read(wiring, settings, today));
        ProgressReport report =
                Progress.of(zone, inputs.events(), inputs.sessions(), inputs.reminders(), inputs.pains(), now);
        return new ProgressData(report, inputs.sessions(), inputs.pains());
    }

    /** The key of the inputs among the kept reads: they depend on the settings and the day. */
    private record InputsKey(Settings settings, LocalDate today) {}

    /**
     * What the progress of a day is computed from, the time aside: the plan from the day of the first
     * thing recorded (at most a year back) to the end of this week, and what was recorded meanwhile.
     */
    private record Inputs(
            List<PlanEvent> events, List<SessionLog> sessions, List<ReminderRecord> reminders, List<PainEntry> pains) {
        Inputs {
            events = List.copyOf(events);
            sessions = List.copyOf(sessions);
            reminders = List.copyOf(reminders);
            pains = List.copyOf(pains);
        }

        static Inputs read(Wiring wiring, Settings settings, LocalDate today) {
            ZoneId zone = settings.timeZone();
            LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate sunday = thisMonday.plusDays(6);
            LocalDate yearBack = thisMonday.minusWeeks(LOOK_BACK_WEEKS - 1L);
            Instant start = yearBack.atStartOfDay(zone).toInstant();
            Instant end = sunday.plusDays(1).atStartOfDay(zone).toInstant();
            List<SessionLog> sessions = wiring.sessionLogs().findStartedBetween(start.minus(DayProgress.EARLY), end);
            List<ReminderRecord> reminders = wiring.reminders().findForEventsBetween(start, end);
            List<PainEntry> pains = wiring.painEntries().findBetween(start, end);
            LocalDate first = Stream.of(
                            sessions.stream().map(SessionLog::startedAt),
                            reminders.stream().map(ReminderRecord::at),
                            pains.stream().map(PainEntry::at))
                    .flatMap(instants -> instants)
                    .min(Instant::compareTo)
                    .map(instant -> instant.atZone(zone).toLocalDate())
                    .map(day -> day.isBefore(yearBack) ? yearBack : day)
                    .map(day -> day.isAfter(today) ? today : day)
                    .orElse(today);
            List<PlanEvent> events = new PlanEngine(wiring.routineLengths())
                    .plan(settings, first, sunday)
                    .events();
            return new Inputs(events, sessions, reminders, pains);
        }
    }

    static ProgressReport report(Wiring wiring, Settings settings, Instant now) {
        return load(wiring, settings, now).report();
    }
}
