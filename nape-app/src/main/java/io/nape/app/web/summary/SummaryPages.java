package io.nape.app.web.summary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.check.RuleSentences;
import io.nape.app.usecase.programme.ProgrammeText;
import io.nape.app.usecase.summary.DoctorSummary;
import io.nape.app.usecase.summary.DoctorSummary.LevelChange;
import io.nape.app.usecase.summary.DoctorSummary.Summary;
import io.nape.app.usecase.summary.DoctorSummary.Week;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.progress.PainMean;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Show one printable page for the person's doctor at {@code /summary?weeks=4|12}: adherence and the
 * 7-day pain mean per week, the PSFS answers, the checks with their advice, and the level. Printed,
 * the page drops the navigation and fits A4 (the print rules in {@code nape.css}).
 */
public final class SummaryPages implements WebFeature {
    private final PersonRecords records;

    public SummaryPages(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/summary", this::summary);
    }

    private void summary(Context ctx) {
        Texts t = WebTexts.of(ctx);
        DoctorSummary.Request request = DoctorSummary.Request.parse(records.person(), ctx.queryParam("weeks"));
        Summary summary = DoctorSummary.read(records, request);
        PageRenderer.render(ctx, "summary/summary.jte", Map.of("page", page(t, request.weeks(), summary)));
    }

    static SummaryPage page(Texts t, int weeks, Summary summary) {
        ZoneId zone = summary.zone();
        return new SummaryPage(
                weeks,
                t.get("summary.period", "weeks", weeks, "from", t.date(summary.from()), "to", t.date(summary.to())),
                summary.weeks().stream().map(week -> weekRow(t, week)).toList(),
                painTrend(t, summary.weeks()),
                summary.psfs().stream().map(answer -> psfsRow(t, answer, zone)).toList(),
                summary.checks().stream().map(check -> checkRow(t, check, zone)).toList(),
                olderAdviceInForce(t, summary),
                t.get(
                        "summary.level.now",
                        "level",
                        t.get("dosage.level." + summary.level().key())),
                levelChanges(t, summary.levelChanges(), zone));
    }

    private static WeekRow weekRow(Texts t, Week week) {
        String adherence = week.adherence().due() == 0
                ? t.get("summary.adherence.nothingDue")
                : t.get(
                        "summary.adherence.done",
                        "done",
                        week.adherence().done(),
                        "due",
                        week.adherence().due(),
                        "percent",
                        week.adherence().percent().orElse(0));
        PainMean mean = week.painMean();
        String pain = mean == null
                ? t.get("summary.pain.none")
                : t.get("summary.pain.mean", "mean", format(mean.mean()), "entries", mean.entries());
        return new WeekRow(t.get("summary.weekOf", "day", t.dayAndMonth(week.monday())), adherence, pain);
    }

    private static String painTrend(Texts t, List<Week> weeks) {
        @Nullable PainMean first = null;
        @Nullable LocalDate firstDay = null;
        for (Week week : weeks) {
            if (week.painMean() != null) {
                first = week.painMean();
                firstDay = week.painMean().to();
                break;
            }
        }
        PainMean last = weeks.isEmpty() ? null : weeks.get(weeks.size() - 1).painMean();
        if (first == null || firstDay == null || last == null || first == last) {
            return t.get("summary.pain.trendUnknown");
        }
        return t.get(
                "summary.pain.trend",
                "then",
                format(first.mean()),
                "day",
                t.dayAndMonth(firstDay),
                "now",
                format(last.mean()));
    }

    private static PsfsRow psfsRow(Texts t, PsfsAnswer answer, ZoneId zone) {
        List<String> ratings = answer.ratings().stream()
                .map(rating -> t.get("summary.psfs.rating", "activity", rating.activity(), "score", rating.score()))
                .toList();
        return new PsfsRow(day(t, answer.at(), zone), ratings, format(answer.score()));
    }

    private static CheckRow checkRow(Texts t, Screening check, ZoneId zone) {
        return new CheckRow(
                day(t, check.at(), zone),
                t.get("safety.level." + check.result().level().name()),
                t.get("safety.exercise." + check.result().exercise().name()),
                check.result().reasons().stream()
                        .map((Reason reason) -> RuleSentences.says(reason, t.language()))
                        .toList());
    }

    /** The advice in force, when it comes from a check before the period; empty otherwise. */
    private static String olderAdviceInForce(Texts t, Summary summary) {
        Optional<Screening> inForce = summary.inForce();
        if (inForce.isEmpty()) {
            return t.get("summary.checks.never");
        }
        Screening check = inForce.get();
        if (summary.checks().contains(check)) {
            return "";
        }
        return t.get(
                "summary.checks.olderInForce",
                "day",
                day(t, check.at(), summary.zone()),
                "level",
                t.get("safety.level." + check.result().level().name()),
                "exercise",
                t.get("safety.exercise." + check.result().exercise().name()));
    }

    /** The changes of level, each with the short name of its reason, for the "Level and its changes" section. */
    static List<String> levelChanges(Texts t, List<LevelChange> changes, ZoneId zone) {
        ProgrammeText words = new ProgrammeText(t, zone);
        return changes.stream()
                .map(change -> t.get(
                        "summary.level.change",
                        "day",
                        day(t, change.at(), zone),
                        "from",
                        words.level(change.from()),
                        "to",
                        words.level(change.to()),
                        "reason",
                        words.shortReason(change.reason())))
                .toList();
    }

    /** A day in the period, without its year, which the period above says: "3 November". */
    private static String day(Texts t, Instant at, ZoneId zone) {
        return t.dayAndMonth(at.atZone(zone).toLocalDate());
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Everything the summary page shows, in the person's language. */
    public record SummaryPage(
            int weeks,
            String period,
            List<WeekRow> weekRows,
            String painTrend,
            List<PsfsRow> psfs,
            List<CheckRow> checks,
            String adviceInForce,
            String level,
            List<String> levelChanges) {}

    /** One week: its label, the sessions done of those due, the 7-day pain mean at its end. */
    public record WeekRow(String label, String adherence, String pain) {}

    /** One PSFS answer: its day, each activity with its rating, the score. */
    public record PsfsRow(String day, List<String> ratings, String score) {}

    /** One check: its day, the advice and its reasons. */
    public record CheckRow(String day, String level, String exercise, List<String> reasons) {}
}
