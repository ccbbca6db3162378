package io.nape.app.web.progress;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.ReadCache;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.progress.ProgressLoad;
import io.nape.app.usecase.progress.ProgressLoad.ProgressData;
import io.nape.app.usecase.psfs.MeasureFunction;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.app.web.progress.PainChart.DayPain;
import io.nape.app.web.progress.SessionsChart.WeekCount;
import io.nape.app.web.today.TodayPages;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionSummary;
import io.nape.core.plan.Settings;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.MeaningfulChange;
import io.nape.core.progress.PainTrend;
import io.nape.core.progress.ProgressReport;
import io.nape.core.progress.StateCounts;
import io.nape.core.progress.WeekAdherence;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Show whether the plan is followed and the pain goes down: pain over the last weeks and sessions
 * per week as charts drawn here (readable without colour, with their numbers in tables), the
 * current streak, and whether the pain moved by a meaningful amount.
 */
public final class ProgressPages implements WebFeature {
    static final int SHOWN_WEEKS = 8;
    private static final int RECENT = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final PersonRecords records;
    private final Clock clock;

    public ProgressPages(PersonRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/progress", this::progress);
    }

    private void progress(Context ctx) {
        Texts t = WebTexts.of(ctx);
        ReadCache.Snapshot reads = records.reads().snapshot();
        Settings settings = records.settings(reads);
        ZoneId zone = settings.timeZone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstShown = thisMonday.minusWeeks(SHOWN_WEEKS - 1L);
        ProgressData data = ProgressLoad.load(records, reads, settings, now);
        ProgressReport report = data.report();
        List<DayPain> dailyPain = dailyPain(data.pains(), zone, firstShown);
        List<WeekCount> weekly = weekly(data.sessions(), zone, firstShown, SHOWN_WEEKS);
        ProgressPage page = new ProgressPage(
                report.streaks().current(),
                report.streaks().longest(),
                painChange(t, report.pain()),
                PainChart.svg(t, firstShown, today, dailyPain),
                dailyPain.stream()
                        .map(day -> new Row(shortDay(t, day.day()), PainChart.format(day.mean()), day.entries()))
                        .toList(),
                SessionsChart.svg(t, weekly),
                weekly.stream()
                        .map(week -> new Row(
                                t.get("progresspage.weekOf", "day", shortDay(t, week.monday())), "", week.sessions()))
                        .toList(),
                adherence(t, report, today),
                weekCounts(t, report, today),
                report.weeks().stream()
                        .filter(week -> !week.monday().isBefore(firstShown))
                        .map(week -> new WeekStates(
                                t.get("progresspage.weekOf", "day", shortDay(t, week.monday())), week.counts()))
                        .toList(),
                recent(t, reads, records.catalogue(t.language()), zone),
                PsfsSection.of(
                        t,
                        zone,
                        new MeasureFunction(records),
                        records.person(),
                        records.psfs().findAll(),
                        data.pains()));
        PageRenderer.render(ctx, "progress/progress.jte", Map.of("page", page));
    }

    private static List<DayPain> dailyPain(List<PainEntry> pains, ZoneId zone, LocalDate from) {
        Map<LocalDate, int[]> byDay = new TreeMap<>();
        Instant start = earliestStart(from, zone);
        for (PainEntry entry : pains) {
            if (entry.at().isBefore(start)) {
                continue;
            }
            LocalDate day = entry.at().atZone(zone).toLocalDate();
            if (!day.isBefore(from)) {
                int[] sum = byDay.computeIfAbsent(day, key -> new int[2]);
                sum[0] += entry.pain();
                sum[1]++;
            }
        }
        List<DayPain> days = new ArrayList<>();
        byDay.forEach((day, sum) -> days.add(new DayPain(day, (double) sum[0] / sum[1], sum[1])));
        return days;
    }

    private static List<WeekCount> weekly(List<SessionSummary> sessions, ZoneId zone, LocalDate from, int weeks) {
        int[] counts = new int[weeks];
        Instant start = earliestStart(from, zone);
        for (SessionSummary session : sessions) {
            if (session.startedAt().isBefore(start)) {
                continue;
            }
            LocalDate day = session.startedAt().atZone(zone).toLocalDate();
            long week = java.time.temporal.ChronoUnit.WEEKS.between(from, day);
            if (!day.isBefore(from) && week < weeks) {
                counts[(int) week]++;
            }
        }
        List<WeekCount> result = new ArrayList<>();
        for (int index = 0; index < weeks; index++) {
            result.add(new WeekCount(from.plusWeeks(index), counts[index]));
        }
        return result;
    }

    /** An instant before which nothing falls on {@code day} or later: the day's start less a day, for any offset. */
    private static Instant earliestStart(LocalDate day, ZoneId zone) {
        return day.minusDays(1).atStartOfDay(zone).toInstant();
    }

    /** A day with its weekday, short: "Thu 3 Dec", "чт, 3 дек.". */
    public static String shortDay(Texts t, LocalDate day) {
        return t.get(
                "progresspage.shortDay",
                "weekday",
                day.getDayOfWeek().getDisplayName(TextStyle.SHORT, formatLocale(t)),
                "date",
                DateTimeFormatter.ofPattern("d MMM", formatLocale(t)).format(day));
    }

    /** A day and month, short: "3 Dec", "3 дек.". */
    static String dayAndMonth(Texts t, LocalDate day) {
        return t.get(
                "progresspage.dayAndMonth",
                "date",
                DateTimeFormatter.ofPattern("d MMM", formatLocale(t)).format(day));
    }

    private static Locale formatLocale(Texts t) {
        return t.language() == Language.RUSSIAN ? t.locale() : Locale.ENGLISH;
    }

    private static String painChange(Texts t, PainTrend trend) {
        if (trend.current().isEmpty() || trend.earlier().isEmpty()) {
            return t.get("progresspage.change.notEnough");
        }
        String now = PainChart.format(trend.current().get().mean());
        String then = PainChart.format(trend.earlier().get().mean());
        String change = PainChart.format(Math.abs(trend.change().orElse(0)));
        if (trend.meaningfulChange().isEmpty()) {
            return t.get("progresspage.change.none", "now", now, "then", then, "points", PainTrend.MEANINGFUL_POINTS);
        }
        return t.get(
                trend.meaningfulChange().get() == MeaningfulChange.BETTER
                        ? "progresspage.change.better"
                        : "progresspage.change.worse",
                "change",
                change,
                "then",
                then,
                "now",
                now);
    }

    private static String adherence(Texts t, ProgressReport report, LocalDate today) {
        Adherence week = report.weekOf(today).map(WeekAdherence::adherence).orElse(Adherence.NONE);
        if (week.due() == 0) {
            return t.get("progresspage.adherence.nothingDue");
        }
        return t.get(
                "progresspage.adherence.week",
                "done",
                week.done(),
                "due",
                week.due(),
                "percent",
                week.percent().orElse(0));
    }

    /** This week's events other than those done, by state; empty when there are none. */
    private static String weekCounts(Texts t, ProgressReport report, LocalDate today) {
        StateCounts counts = report.weekOf(today).map(WeekAdherence::counts).orElse(StateCounts.NONE);
        List<String> parts = new ArrayList<>();
        addCount(parts, t, "progresspage.counts.naturalBreaks", counts.naturalBreaks());
        addCount(parts, t, "progresspage.counts.skippedBusy", counts.skippedBusy());
        addCount(parts, t, "progresspage.counts.stopped", counts.stopped());
        addCount(parts, t, "progresspage.counts.skipped", counts.skipped());
        addCount(parts, t, "progresspage.counts.missed", counts.missed());
        if (parts.isEmpty()) {
            return "";
        }
        String sentence = t.get("progresspage.counts.week", "counts", String.join(", ", parts));
        return counts.excused() == 0 ? sentence : sentence + " " + t.get("progresspage.counts.notDue");
    }

    private static void addCount(List<String> parts, Texts t, String key, int count) {
        if (count > 0) {
            parts.add(t.get(key, "count", count));
        }
    }

    private List<Row> recent(Texts t, ReadCache.Snapshot reads, Catalogue catalogue, ZoneId zone) {
        List<SessionLog> logs =
                reads.get(RecentSessions.INSTANCE, () -> records.sessionLogs().findRecent(RECENT));
        return logs.stream()
                .map(log -> new Row(
                        t.get(
                                "progresspage.recent.when",
                                "day",
                                shortDay(t, log.startedAt().atZone(zone).toLocalDate()),
                                "time",
                                TIME.format(log.startedAt().atZone(zone)),
                                "routine",
                                catalogue
                                        .findRoutine(log.routine().value())
                                        .map(routine -> routine.name())
                                        .orElse(log.routine().value())),
                        TodayPages.outcomeWords(t, log.outcome()),
                        (int) log.completedCount()))
                .toList();
    }

    /** The key of the recent sessions among the kept reads. */
    private enum RecentSessions {
        INSTANCE
    }

    /** Everything the progress page shows; the charts are SVG markup drawn here. */
    public record ProgressPage(
            int streak,
            int longestStreak,
            String painChange,
            String painChart,
            List<Row> painRows,
            String sessionsChart,
            List<Row> weekRows,
            String adherence,
            String weekCounts,
            List<WeekStates> weekStates,
            List<Row> recent,
            PsfsSection psfs) {}

    /** One week's events by state, for the table under the sessions chart. */
    public record WeekStates(String label, StateCounts counts) {}

    /** One row of numbers under a chart, or one recent session. */
    public record Row(String label, String value, int count) {}
}
