package io.nape.app.cli.diary;

import io.nape.app.text.Texts;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.MeaningfulChange;
import io.nape.core.progress.PainMean;
import io.nape.core.progress.PainTrend;
import io.nape.core.progress.ProgressReport;
import io.nape.core.progress.StateCounts;
import io.nape.core.progress.WeekAdherence;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Write a progress report in plain words. */
final class ProgressText {
    private ProgressText() {}

    static void print(PrintWriter out, ProgressReport report, ZoneId zone, LocalDate firstShown, Texts texts) {
        out.println(texts.get(
                "progress.heading",
                "date",
                texts.weekdayAndDate(report.today()) + " " + report.today().getYear(),
                "zone",
                zone.getId()));
        out.println(texts.get("progress.sessions"));
        List<WeekAdherence> weeks = report.weeks().stream()
                .filter(week -> !week.monday().isBefore(firstShown))
                .toList();
        for (int index = weeks.size() - 1; index >= 0; index--) {
            WeekAdherence week = weeks.get(index);
            boolean thisWeek = index == weeks.size() - 1;
            String label =
                    texts.get(thisWeek ? "progress.thisWeek" : "progress.week", "day", shortDay(week.monday(), texts));
            out.printf(Locale.ROOT, "  %-24s %s%n", label, withCounts(week, thisWeek, texts));
        }
        out.println(texts.get(
                "progress.streak",
                "current",
                texts.get("progress.days", "count", report.streaks().current()),
                "longest",
                texts.get("progress.days", "count", report.streaks().longest())));
        out.println(pain(report.pain(), texts));
        out.flush();
    }

    private static String shortDay(LocalDate day, Texts texts) {
        return texts.language() == io.nape.app.text.Language.RUSSIAN
                ? texts.dayAndMonth(day)
                : DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(day);
    }

    /** The week's adherence, then its events by state when any was not done: "12 of 15 (80%); 3 natural breaks, 2 missed". */
    static String withCounts(WeekAdherence week, boolean thisWeek, Texts texts) {
        String adherence = adherence(week.adherence(), thisWeek, texts);
        StateCounts counts = week.counts();
        List<String> parts = new ArrayList<>();
        addCount(parts, "progress.count.naturalBreaks", counts.naturalBreaks(), texts);
        addCount(parts, "progress.count.skippedBusy", counts.skippedBusy(), texts);
        addCount(parts, "progress.count.stopped", counts.stopped(), texts);
        addCount(parts, "progress.count.skipped", counts.skipped(), texts);
        addCount(parts, "progress.count.missed", counts.missed(), texts);
        if (parts.isEmpty()) {
            return adherence;
        }
        return texts.get("progress.withCounts", "adherence", adherence, "counts", String.join(", ", parts));
    }

    private static void addCount(List<String> parts, String key, int count, Texts texts) {
        if (count > 0) {
            parts.add(texts.get(key, "count", count));
        }
    }

    static String adherence(Adherence adherence, boolean thisWeek, Texts texts) {
        if (adherence.planned() == 0) {
            return texts.get("progress.nothingPlanned");
        }
        if (adherence.due() == 0) {
            return texts.get("progress.nothingDue", "planned", adherence.planned());
        }
        String done = texts.get(
                "progress.done",
                "done",
                adherence.done(),
                "due",
                adherence.due(),
                "percent",
                adherence.percent().orElseThrow());
        return thisWeek && adherence.ahead() > 0
                ? texts.get("progress.soFar", "done", done, "ahead", adherence.ahead())
                : done;
    }

    static String pain(PainTrend trend, Texts texts) {
        Optional<PainMean> current = trend.current();
        if (current.isEmpty()) {
            return texts.get("progress.noPain");
        }
        String now = texts.get("progress.painNow", "mean", mean(current.get(), texts));
        Optional<PainMean> earlier = trend.earlier();
        if (earlier.isEmpty()) {
            return now + " " + texts.get("progress.nothingEarlier");
        }
        double change = trend.change().orElseThrow();
        String compared = " " + texts.get("progress.earlier", "mean", mean(earlier.get(), texts)) + " ";
        String points = texts.get("progress.points", "points", String.format(Locale.ROOT, "%.1f", Math.abs(change)));
        Optional<MeaningfulChange> meaningful = trend.meaningfulChange();
        if (meaningful.isPresent() && meaningful.get() == MeaningfulChange.BETTER) {
            return now + compared + texts.get("progress.better", "points", points);
        }
        if (meaningful.isPresent()) {
            return now + compared + texts.get("progress.worse", "points", points);
        }
        if (Math.abs(change) < 0.05) {
            return now + compared + texts.get("progress.same");
        }
        return now
                + compared
                + texts.get(change < 0 ? "progress.lowerNotYet" : "progress.higherNotYet", "points", points);
    }

    private static String mean(PainMean mean, Texts texts) {
        return texts.get(
                "progress.mean", "mean", String.format(Locale.ROOT, "%.1f", mean.mean()), "count", mean.entries());
    }
}
