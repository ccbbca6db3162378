package io.nape.app.web.progress;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.Wiring;
import io.nape.app.web.WebFeature;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.plan.DayProgress;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.RoutineLengths;
import io.nape.core.plan.Settings;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.PainMean;
import io.nape.core.progress.Progress;
import io.nape.core.progress.ProgressReport;
import io.nape.core.progress.WeekAdherence;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Serve the progress as {@code nape progress} computes it: the sessions done of those planned in
 * this week and the 4 before, the streaks, and the 7-day pain means now and four weeks earlier.
 */
public final class ProgressApi implements WebFeature {
    static final int SHOWN_WEEKS = 5;

    private final Wiring wiring;
    private final Clock clock;

    public ProgressApi(Wiring wiring, Clock clock) {
        this.wiring = wiring;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/progress", this::progress);
    }

    private void progress(Context ctx) {
        Settings settings = wiring.settings();
        ZoneId zone = settings.timeZone();
        ProgressReport report = report(settings, clock.instant());
        LocalDate firstShown = report.today()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(SHOWN_WEEKS - 1L);
        ctx.json(new ProgressJson(
                report.today().toString(),
                zone.getId(),
                report.weeks().stream()
                        .filter(week -> !week.monday().isBefore(firstShown))
                        .map(WeekJson::of)
                        .toList(),
                report.streaks().current(),
                report.streaks().longest(),
                report.pain().current().map(PainMean::mean).orElse(null),
                report.pain().earlier().map(PainMean::mean).orElse(null)));
    }

    private ProgressReport report(Settings settings, Instant now) {
        ZoneId zone = settings.timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = thisMonday.plusDays(6);
        LocalDate yearBack = thisMonday.minusWeeks(ProgressPages.LOOK_BACK_WEEKS - 1L);
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
        List<PlanEvent> events = new PlanEngine(RoutineLengths.of(wiring.catalogue()))
                .plan(settings, first, sunday)
                .events();
        return Progress.of(zone, events, sessions, reminders, pains, now);
    }

    /** The progress in JSON; a pain mean without entries is null. */
    record ProgressJson(
            String today,
            String timeZone,
            List<WeekJson> weeks,
            int currentStreak,
            int longestStreak,
            @Nullable Double painMean7Days,
            @Nullable Double painMeanFourWeeksEarlier) {}

    /** One week, Monday to Sunday: sessions planned, due so far, and done. */
    record WeekJson(String monday, int planned, int due, int done) {
        static WeekJson of(WeekAdherence week) {
            Adherence adherence = week.adherence();
            return new WeekJson(week.monday().toString(), adherence.planned(), adherence.due(), adherence.done());
        }
    }
}
