package io.nape.app.cli.diary;

import io.nape.app.usecase.psfs.PsfsProgressView;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.DayAdherence;
import io.nape.core.progress.MeaningfulChange;
import io.nape.core.progress.PainMean;
import io.nape.core.progress.PainTrend;
import io.nape.core.progress.ProgressReport;
import io.nape.core.progress.StateCounts;
import io.nape.core.progress.WeekAdherence;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A progress report in JSON: the weeks shown and their days, the streaks, the pain trend and the PSFS
 * beside it.
 */
record ProgressView(
        String today,
        String timeZone,
        List<WeekView> weeks,
        List<DayView> days,
        StreaksView streaks,
        PainView pain,
        PsfsProgressView psfs) {
    static ProgressView of(ProgressReport report, ZoneId zone, LocalDate firstShown, PsfsProgressView psfs) {
        return new ProgressView(
                report.today().toString(),
                zone.getId(),
                report.weeks().stream()
                        .filter(week -> !week.monday().isBefore(firstShown))
                        .map(WeekView::of)
                        .toList(),
                report.days().stream()
                        .filter(day -> !day.day().isBefore(firstShown))
                        .map(DayView::of)
                        .toList(),
                new StreaksView(report.streaks().current(), report.streaks().longest()),
                PainView.of(report.pain()),
                psfs);
    }

    /**
     * One week, Monday to Sunday: the events planned, due and done, and the others by state; natural
     * breaks and those skipped because busy are planned but not due.
     */
    record WeekView(
            String monday,
            int planned,
            int due,
            int done,
            @Nullable Integer percent,
            int stopped,
            int skipped,
            int missed,
            int naturalBreaks,
            int skippedBusy) {
        static WeekView of(WeekAdherence week) {
            Adherence adherence = week.adherence();
            StateCounts counts = week.counts();
            return new WeekView(
                    week.monday().toString(),
                    adherence.planned(),
                    adherence.due(),
                    adherence.done(),
                    percentOf(adherence),
                    counts.stopped(),
                    counts.skipped(),
                    counts.missed(),
                    counts.naturalBreaks(),
                    counts.skippedBusy());
        }
    }

    /** One local day. */
    record DayView(
            String day,
            int planned,
            int due,
            int done,
            @Nullable Integer percent) {
        static DayView of(DayAdherence day) {
            Adherence adherence = day.adherence();
            return new DayView(
                    day.day().toString(), adherence.planned(), adherence.due(), adherence.done(), percentOf(adherence));
        }
    }

    /** Days in a row with the morning or evening session. */
    record StreaksView(int current, int longest) {}

    /** The 7-day pain means, rounded to two decimals, and their change. */
    record PainView(
            @Nullable Double mean7Days,
            int entries7Days,
            @Nullable Double meanFourWeeksEarlier,
            int entriesFourWeeksEarlier,
            @Nullable Double change,
            @Nullable String meaningfulChange) {
        static PainView of(PainTrend trend) {
            return new PainView(
                    trend.current().map(PainMean::mean).map(PainView::round).orElse(null),
                    trend.current().map(PainMean::entries).orElse(0),
                    trend.earlier().map(PainMean::mean).map(PainView::round).orElse(null),
                    trend.earlier().map(PainMean::entries).orElse(0),
                    trend.change().isPresent() ? round(trend.change().getAsDouble()) : null,
                    trend.meaningfulChange().map(MeaningfulChange::key).orElse(null));
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }

    private static @Nullable Integer percentOf(Adherence adherence) {
        return adherence.percent().isPresent() ? adherence.percent().getAsInt() : null;
    }
}
