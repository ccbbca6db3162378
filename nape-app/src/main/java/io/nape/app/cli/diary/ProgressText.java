package io.nape.app.cli.diary;

import io.nape.core.progress.Adherence;
import io.nape.core.progress.MeaningfulChange;
import io.nape.core.progress.PainMean;
import io.nape.core.progress.PainTrend;
import io.nape.core.progress.ProgressReport;
import io.nape.core.progress.Streaks;
import io.nape.core.progress.WeekAdherence;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Write a progress report in plain words. */
final class ProgressText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private ProgressText() {}

    static void print(PrintWriter out, ProgressReport report, ZoneId zone, LocalDate firstShown) {
        out.println("Progress on " + DAY.format(report.today()) + " (" + zone.getId() + ")");
        out.println("Sessions done of those planned:");
        List<WeekAdherence> weeks = report.weeks().stream()
                .filter(week -> !week.monday().isBefore(firstShown))
                .toList();
        for (int index = weeks.size() - 1; index >= 0; index--) {
            WeekAdherence week = weeks.get(index);
            boolean thisWeek = index == weeks.size() - 1;
            String label = (thisWeek ? "this week, from " : "week from ") + SHORT_DAY.format(week.monday());
            out.printf(Locale.ROOT, "  %-24s %s%n", label, adherence(week.adherence(), thisWeek));
        }
        out.println(streaks(report.streaks()));
        out.println(pain(report.pain()));
        out.flush();
    }

    static String adherence(Adherence adherence, boolean thisWeek) {
        if (adherence.planned() == 0) {
            return "nothing planned";
        }
        if (adherence.due() == 0) {
            return "nothing due yet, " + adherence.planned() + " to come";
        }
        String done = adherence.done() + " of " + adherence.due() + " ("
                + adherence.percent().orElseThrow() + "%)";
        return thisWeek && adherence.ahead() > 0 ? done + " so far, " + adherence.ahead() + " to come" : done;
    }

    static String streaks(Streaks streaks) {
        return "Streak: " + days(streaks.current()) + " in a row with the morning or evening session (longest: "
                + days(streaks.longest()) + ").";
    }

    static String pain(PainTrend trend) {
        Optional<PainMean> current = trend.current();
        if (current.isEmpty()) {
            return "Pain: nothing logged in the last 7 days; log it with './nape log pain 4 --where neck'.";
        }
        String now = "Pain: the 7-day mean is " + mean(current.get()) + ".";
        Optional<PainMean> earlier = trend.earlier();
        if (earlier.isEmpty()) {
            return now + " Nothing was logged 4 weeks earlier to compare it with.";
        }
        double change = trend.change().orElseThrow();
        String compared = " 4 weeks earlier it was " + mean(earlier.get()) + ": ";
        Optional<MeaningfulChange> meaningful = trend.meaningfulChange();
        if (meaningful.isPresent() && meaningful.get() == MeaningfulChange.BETTER) {
            return now + compared + points(change) + " lower, a meaningful improvement.";
        }
        if (meaningful.isPresent()) {
            return now + compared + points(change)
                    + " higher, a meaningful worsening. Run './nape check' to see whether you should talk to a doctor.";
        }
        if (Math.abs(change) < 0.05) {
            return now + compared + "about the same.";
        }
        return now + compared + points(change) + (change < 0 ? " lower" : " higher")
                + ", not yet a meaningful change (that takes 2 points).";
    }

    private static String mean(PainMean mean) {
        return String.format(Locale.ROOT, "%.1f", mean.mean()) + " (" + mean.entries()
                + (mean.entries() == 1 ? " entry" : " entries") + ")";
    }

    private static String points(double change) {
        return String.format(Locale.ROOT, "%.1f points", Math.abs(change));
    }

    private static String days(int count) {
        return count == 1 ? "1 day" : count + " days";
    }
}
