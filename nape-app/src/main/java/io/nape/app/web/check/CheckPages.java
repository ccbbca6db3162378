package io.nape.app.web.check;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.check.CheckOutcome;
import io.nape.app.usecase.check.SignGroups;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.app.web.check.CheckForm.CheckView;
import io.nape.app.web.today.TodayPages;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Reason;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Ask the check's questions as one friendly form and show the advice with every reason, urgent first. */
public final class CheckPages implements WebFeature {
    private final PersonRecords records;
    private final Clock clock;

    public CheckPages(PersonRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/check", ctx -> render(ctx, WebTexts.of(ctx), CheckForm.blank(), null));
        routes.post("/check", this::check);
    }

    private void check(Context ctx) {
        Texts t = WebTexts.of(ctx);
        CheckForm form = CheckForm.read(ctx, t);
        Optional<SymptomReport> report = form.report();
        if (report.isEmpty()) {
            ctx.status(400);
            render(ctx, t, form.view(), null);
            return;
        }
        CheckOutcome outcome = records.takeCheck().take(records.person(), report.get());
        String standing = outcome.standing()
                .map(check -> t.get(
                        "checkpage.standing",
                        "date",
                        t.date(check.at().atZone(records.settings().timeZone()).toLocalDate())))
                .orElse("");
        render(ctx, t, form.view(), Advice.of(t, outcome.adviceInForce(), standing, records));
    }

    private static void render(Context ctx, Texts t, CheckView form, @Nullable Advice advice) {
        Map<String, Object> params = new HashMap<>();
        params.put(
                "page",
                new CheckPage(
                        form,
                        advice,
                        "pain".equals(ctx.queryParam("after")),
                        groups(t),
                        Arrays.stream(Onset.values())
                                .map(onset -> new Choice(
                                        onset.key(), WebTexts.shared(t, "safety.onset." + onset.name(), onset.label())))
                                .toList(),
                        Arrays.stream(Condition.values())
                                .map(condition -> new Choice(
                                        condition.key(),
                                        WebTexts.shared(t, "safety.condition." + condition.name(), condition.label())))
                                .toList()));
        PageRenderer.render(ctx, "check/check.jte", params);
    }

    /** The danger signs by group, in the page's language (the safety texts' where they have them). */
    private static List<Group> groups(Texts t) {
        List<Group> groups = new ArrayList<>();
        for (int index = 0; index < SignGroups.ALL.size(); index++) {
            SignGroups.SignGroup group = SignGroups.ALL.get(index);
            groups.add(new Group(
                    WebTexts.shared(t, "check.group." + (index + 1), group.title()),
                    group.signs().stream()
                            .map(sign -> new Choice(
                                    sign.key(), WebTexts.shared(t, "safety.sign." + sign.name(), sign.label())))
                            .toList()));
        }
        return groups;
    }

    /** Everything the check page shows. */
    public record CheckPage(
            CheckView form,
            @Nullable Advice advice,
            boolean afterPain,
            List<Group> signGroups,
            List<Choice> onsets,
            List<Choice> conditions) {}

    /** One answer to tick: its key in the form and its words. */
    public record Choice(String key, String label) {}

    /** A group of related danger signs. */
    public record Group(String title, List<Choice> signs) {}

    /** The advice in plain words; {@code reasons} run from the most severe. */
    public record Advice(
            boolean urgent,
            boolean emergency,
            String standing,
            String level,
            String levelName,
            String exercise,
            List<ReasonView> reasons,
            boolean sessionAllowed) {
        static Advice of(Texts t, TriageResult result, String standing, PersonRecords records) {
            boolean anyAllowed = !result.isUrgent()
                    && records.catalogue().routines().stream().anyMatch(result::allows);
            return new Advice(
                    result.isUrgent(),
                    result.isEmergency(),
                    standing,
                    TodayPages.levelMeaning(t, result.level()),
                    CheckPages.levelName(t, result.level()),
                    TodayPages.exerciseMeaning(t, result.exercise()),
                    result.reasons().stream()
                            .map(reason -> ReasonView.of(t, reason))
                            .toList(),
                    anyAllowed);
        }
    }

    /** One rule that fired, in plain words. */
    public record ReasonView(boolean urgent, String level, String says, String rule, String source) {
        static ReasonView of(Texts t, Reason reason) {
            return new ReasonView(
                    reason.level() == TriageLevel.URGENT,
                    CheckPages.levelName(t, reason.level()),
                    ReasonWords.says(t, reason),
                    reason.rule(),
                    reason.source());
        }
    }

    static String levelName(Texts t, TriageLevel level) {
        return t.get("checkpage.level." + level.name());
    }
}
