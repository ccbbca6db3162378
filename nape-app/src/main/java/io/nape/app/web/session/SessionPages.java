package io.nape.app.web.session;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.catalogue.DosageLevels;
import io.nape.app.usecase.plan.DueBreak;
import io.nape.app.usecase.session.SessionPermit;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.app.usecase.session.StartDecision;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.session.Timeline;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Play a routine in the browser. The page is a shell; {@code /static/player.js} fetches the
 * timeline, schedules every cue from the session start and posts the result to the sessions API
 * when it ends. A
 * session the advice in force does not allow is refused before the player loads.
 */
public final class SessionPages implements WebFeature {
    /** Where the player posts the result of a session: the JSON API, which validates it strictly. */
    static final String RESULT_PATH = "/api/sessions";

    private final PersonRecords records;

    public SessionPages(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/session/{routine}", this::player);
        routes.get("/session/{routine}/timeline.json", this::timeline);
    }

    private void player(Context ctx) {
        Texts t = WebTexts.of(ctx);
        DosageLevel level = level(ctx);
        double speed = speed(ctx);
        StartDecision decision = decide(ctx, level);
        if (decision instanceof SessionRefusal refusal) {
            refuse(ctx, refusal);
            return;
        }
        SessionPermit permit = (SessionPermit) decision;
        Timeline timeline = permit.timeline();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(
                "page",
                new PlayerPage(
                        isBreak(ctx)
                                ? t.get("todaypage.deskBreak")
                                : permit.routineDetails().name(),
                        WebTexts.levelWords(t, level),
                        minutes(timeline.totalMs()),
                        timeline.exerciseCount(),
                        "/session/" + permit.routine() + "/timeline.json?level=" + level.key() + atParameter(ctx),
                        RESULT_PATH,
                        formatSpeed(speed),
                        SessionWords.recheck(t, permit.recheck()),
                        WebTexts.script(t, "player.script.")));
        PageRenderer.render(ctx, "session/player.jte", params);
    }

    /** The player's timeline, handed out only under a permit: a refused routine gets 403 and the reason. */
    private void timeline(Context ctx) {
        StartDecision decision = decide(ctx, level(ctx));
        if (decision instanceof SessionRefusal refusal) {
            throw new SessionRefusedException(refusalWords(ctx, refusal));
        }
        ctx.json(TimelineJson.of((SessionPermit) decision, records.catalogue(WebTexts.language(ctx))));
    }

    /**
     * Ask the gate for the routine of the path, or, for {@code desk-break} with {@code at}, for the
     * micro-break planned then, with exactly its pieces.
     */
    private StartDecision decide(Context ctx, DosageLevel level) {
        if (isBreak(ctx)) {
            PlanEvent event = DueBreak.plannedAt(
                    records.routineLengths(), records.settings(), Objects.requireNonNull(ctx.queryParam("at")));
            return records.sessionStart(WebTexts.language(ctx))
                    .decideBreak(records.person(), Objects.requireNonNull(event.deskBreak()), level);
        }
        return records.sessionStart(WebTexts.language(ctx)).decide(records.person(), ctx.pathParam("routine"), level);
    }

    private static boolean isBreak(Context ctx) {
        return ctx.pathParam("routine").equals(PlanEngine.DESK_BREAK.value()) && ctx.queryParam("at") != null;
    }

    private static String atParameter(Context ctx) {
        String at = ctx.queryParam("at");
        return at == null ? "" : "&at=" + URLEncoder.encode(at, StandardCharsets.UTF_8);
    }

    private void refuse(Context ctx, SessionRefusal refusal) {
        Catalogue catalogue = records.catalogue(WebTexts.language(ctx));
        ctx.status(403);
        PageRenderer.render(
                ctx,
                "session/refused.jte",
                Map.of(
                        "routine",
                        catalogue
                                .findRoutine(refusal.routine().value())
                                .map(routine -> routine.name())
                                .orElseGet(() -> WebTexts.of(ctx).get("todaypage.deskBreak")),
                        "message",
                        refusalWords(ctx, refusal)));
    }

    private String refusalWords(Context ctx, SessionRefusal refusal) {
        return SessionWords.refusal(
                WebTexts.of(ctx),
                refusal,
                records.catalogue(WebTexts.language(ctx)),
                records.settings().timeZone());
    }

    private DosageLevel level(Context ctx) {
        String text = ctx.queryParam("level");
        return text == null || text.isBlank() ? records.settings().level() : DosageLevels.parse(text);
    }

    private static double speed(Context ctx) {
        String text = ctx.queryParam("speed");
        if (text == null || text.isBlank()) {
            return 1;
        }
        double speed;
        try {
            speed = Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            throw new BadRequestException("speed must be a number above 0 and at most 1000.");
        }
        if (speed > 0 && speed <= 1000) {
            return speed;
        }
        throw new BadRequestException("speed must be a number above 0 and at most 1000, was " + speed + ".");
    }

    private static String formatSpeed(double speed) {
        return speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed);
    }

    private static String minutes(long ms) {
        long seconds = Math.round(ms / 1000.0);
        return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }

    /** Everything the player page needs to load the player. */
    public record PlayerPage(
            String routine,
            String level,
            String length,
            int exercises,
            String timelineHref,
            String resultHref,
            String speed,
            String note,
            String scriptTexts) {}
}
