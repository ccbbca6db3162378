package io.nape.app.web.progress;

import io.nape.app.text.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Draw the sessions played each week as bars, each with its count written above it. */
final class SessionsChart {
    private SessionsChart() {}

    /** The sessions played in the week starting on {@code monday}. */
    record WeekCount(LocalDate monday, int sessions) {}

    static String svg(Texts t, List<WeekCount> weeks) {
        int most = weeks.stream().mapToInt(WeekCount::sessions).max().orElse(0);
        int step = most <= 10 ? 2 : most <= 25 ? 5 : 10;
        int top = Math.max(step * 2, ((most + step - 1) / step) * step);
        int total = weeks.stream().mapToInt(WeekCount::sessions).sum();
        String description = weeks.isEmpty()
                ? t.get("progresspage.sessionsChart.empty")
                : t.get(
                        "progresspage.sessionsChart.description",
                        "total",
                        total,
                        "weeks",
                        weeks.size(),
                        "thisWeek",
                        weeks.get(weeks.size() - 1).sessions());
        ChartFrame frame = new ChartFrame("sessions-chart", t.get("progresspage.sessionsChart.title"), description, top)
                .axis(step, t.get("progresspage.sessionsChart.unit"));
        double slot = ChartFrame.plotWidth() / Math.max(1, weeks.size());
        double barWidth = slot * 0.6;
        for (int index = 0; index < weeks.size(); index++) {
            WeekCount week = weeks.get(index);
            double middle = ChartFrame.LEFT + slot * (index + 0.5);
            double y = frame.y(week.sessions());
            double height = frame.y(0) - y;
            if (week.sessions() > 0) {
                frame.raw(String.format(
                        Locale.ROOT,
                        "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                        middle - barWidth / 2,
                        y,
                        barWidth,
                        height));
            }
            frame.raw(ChartFrame.text(middle, y - 6, "middle", "value", Integer.toString(week.sessions())));
            frame.xLabel(middle, ProgressPages.dayAndMonth(t, week.monday()));
        }
        return frame.end();
    }
}
