package io.nape.app.web.check;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.Wiring;
import io.nape.app.usecase.check.CheckOutcome;
import io.nape.app.usecase.check.SignGroups;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.check.CheckForm.CheckView;
import io.nape.core.person.PersonId;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Reason;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Ask the check's questions as one friendly form and show the advice with every reason, urgent first. */
public final class CheckPages implements WebFeature {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final Wiring wiring;
    private final Clock clock;

    public CheckPages(Wiring wiring, Clock clock) {
        this.wiring = wiring;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/check", ctx -> render(ctx, CheckForm.blank(), null));
        routes.post("/check", this::check);
    }

    private void check(Context ctx) {
        CheckForm form = CheckForm.read(ctx);
        Optional<SymptomReport> report = form.report();
        if (report.isEmpty()) {
            ctx.status(400);
            render(ctx, form.view(), null);
            return;
        }
        CheckOutcome outcome = wiring.takeCheck().take(PersonId.LOCAL, report.get());
        String standing = outcome.standing()
                .map(check -> "You answered nothing about your neck, so your check of "
                        + DAY.format(check.at().atZone(wiring.settings().timeZone()))
                        + " still stands. Answer the questions to change its advice.")
                .orElse("");
        render(ctx, form.view(), Advice.of(outcome.adviceInForce(), standing, wiring));
    }

    private static void render(Context ctx, CheckView form, @Nullable Advice advice) {
        Map<String, Object> params = new HashMap<>();
        params.put(
                "page",
                new CheckPage(
                        form,
                        advice,
                        "pain".equals(ctx.queryParam("after")),
                        SignGroups.ALL,
                        List.of(Onset.values()),
                        List.of(Condition.values())));
        PageRenderer.render(ctx, "check/check.jte", params);
    }

    /** Everything the check page shows. */
    public record CheckPage(
            CheckView form,
            @Nullable Advice advice,
            boolean afterPain,
            List<SignGroups.SignGroup> signGroups,
            List<Onset> onsets,
            List<Condition> conditions) {}

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
        static Advice of(TriageResult result, String standing, Wiring wiring) {
            boolean anyAllowed =
                    !result.isUrgent() && wiring.catalogue().routines().stream().anyMatch(result::allows);
            return new Advice(
                    result.isUrgent(),
                    result.isEmergency(),
                    standing,
                    result.level().meaning(),
                    CheckPages.levelName(result.level()),
                    result.exercise().meaning(),
                    result.reasons().stream().map(ReasonView::of).toList(),
                    anyAllowed);
        }
    }

    /** One rule that fired, in plain words. */
    public record ReasonView(boolean urgent, String level, String says, String rule, String source) {
        static ReasonView of(Reason reason) {
            return new ReasonView(
                    reason.level() == TriageLevel.URGENT,
                    CheckPages.levelName(reason.level()),
                    reason.says(),
                    reason.rule(),
                    reason.source());
        }
    }

    static String levelName(TriageLevel level) {
        switch (level) {
            case URGENT:
                return "Urgent";
            case SEE_DOCTOR:
                return "See a doctor";
            default:
                return "Self-care";
        }
    }
}
