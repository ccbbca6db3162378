package io.nape.app.web.progress;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.ReadCache;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.progress.ProgressLoad;
import io.nape.app.usecase.psfs.MeasureFunction;
import io.nape.app.usecase.psfs.PsfsProgress;
import io.nape.app.usecase.psfs.PsfsProgressView;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.plan.Settings;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.PainMean;
import io.nape.core.progress.ProgressReport;
import io.nape.core.progress.StateCounts;
import io.nape.core.progress.WeekAdherence;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Serve the progress as {@code nape progress} computes it: the sessions done of those planned in
 * this week and the 4 before, the streaks, and the 7-day pain means now and four weeks earlier.
 */
public final class ProgressApi implements WebFeature {
    static final int SHOWN_WEEKS = 5;

    private final PersonRecords records;
    private final Clock clock;

    public ProgressApi(PersonRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/progress", this::progress);
    }

    private void progress(Context ctx) {
        ReadCache.Snapshot reads = records.reads().snapshot();
        Settings settings = records.settings(reads);
        ZoneId zone = settings.timeZone();
        ProgressLoad.ProgressData data = ProgressLoad.load(records, reads, settings, clock.instant());
        ProgressReport report = data.report();
        PsfsProgress psfs = PsfsProgress.of(records.psfs().findAll(), data.pains(), zone);
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
                report.pain().earlier().map(PainMean::mean).orElse(null),
                PsfsProgressView.read(new MeasureFunction(records), psfs, WebTexts.of(ctx), zone, records.person())));
    }

    /** The progress in JSON; a pain mean without entries is null. */
    record ProgressJson(
            String today,
            String timeZone,
            List<WeekJson> weeks,
            int currentStreak,
            int longestStreak,
            @Nullable Double painMean7Days,
            @Nullable Double painMeanFourWeeksEarlier,
            PsfsProgressView psfs) {}

    /**
     * One week, Monday to Sunday: sessions planned, due so far, and done; the due ones not done by
     * state; and those not due because the person was away (natural breaks) or busy past their limit.
     */
    record WeekJson(
            String monday,
            int planned,
            int due,
            int done,
            int stopped,
            int skipped,
            int missed,
            int naturalBreaks,
            int skippedBusy) {
        static WeekJson of(WeekAdherence week) {
            Adherence adherence = week.adherence();
            StateCounts counts = week.counts();
            return new WeekJson(
                    week.monday().toString(),
                    adherence.planned(),
                    adherence.due(),
                    adherence.done(),
                    counts.stopped(),
                    counts.skipped(),
                    counts.missed(),
                    counts.naturalBreaks(),
                    counts.skippedBusy());
        }
    }
}
