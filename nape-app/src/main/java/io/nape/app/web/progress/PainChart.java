package io.nape.app.web.progress;

import io.nape.app.text.Texts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Draw the daily mean pain over a run of days as a line with a marked, labelled point per day logged. */
final class PainChart {
    private PainChart() {}

    /** One day's mean pain. */
    record DayPain(LocalDate day, double mean, int entries) {}

    static String svg(Texts t, LocalDate from, LocalDate to, List<DayPain> days) {
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        String description = days.isEmpty()
                ? t.get("progresspage.painChart.empty")
                : t.get(
                        "progresspage.painChart.description",
                        "days",
                        days.size(),
                        "latest",
                        ProgressPages.dayAndMonth(t, last(days).day()),
                        "mean",
                        format(last(days).mean()));
        ChartFrame frame = new ChartFrame(
                        "pain-chart",
                        t.get(
                                "progresspage.painChart.title",
                                "from",
                                ProgressPages.dayAndMonth(t, from),
                                "to",
                                ProgressPages.dayAndMonth(t, to)),
                        description,
                        10)
                .axis(2, t.get("progresspage.painChart.unit"));
        for (LocalDate monday = from; !monday.isAfter(to); monday = monday.plusWeeks(2)) {
            frame.xLabel(x(from, monday, span), ProgressPages.dayAndMonth(t, monday));
        }
        StringBuilder points = new StringBuilder();
        for (DayPain day : days) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(from, day.day(), span), frame.y(day.mean())));
        }
        if (days.size() > 1) {
            frame.raw("<polyline class=\"pain-line\" points=\""
                    + points.toString().trim() + "\"/>");
        }
        for (DayPain day : days) {
            double x = x(from, day.day(), span);
            double y = frame.y(day.mean());
            frame.raw(
                    String.format(Locale.ROOT, "<circle class=\"pain-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\"/>", x, y));
            frame.raw(ChartFrame.text(x, y - 10, "middle", "value", format(day.mean())));
        }
        return frame.end();
    }

    private static double x(LocalDate from, LocalDate day, long span) {
        return ChartFrame.LEFT
                + 12
                + (ChartFrame.plotWidth() - 24) * ChronoUnit.DAYS.between(from, day) / (double) span;
    }

    private static DayPain last(List<DayPain> days) {
        return days.get(days.size() - 1);
    }

    static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
