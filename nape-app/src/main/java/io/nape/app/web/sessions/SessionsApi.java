package io.nape.app.web.sessions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.history.SessionView;
import io.nape.app.usecase.plan.DueBreak;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.app.usecase.session.StartDecision;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.JsonRequest;
import io.nape.app.web.QueryParameters;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.app.web.session.SessionWords;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.diary.SessionLog;
import io.nape.core.plan.PlanEngine;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Serve the sessions: the history as {@code nape history --json} prints it, whether a routine may
 * start now (asked by the player before it starts, the same gate as {@code nape start}), and the
 * recording of a session the web player finished.
 */
public final class SessionsApi implements WebFeature {
    static final int MAX_LIMIT = 100_000;

    private final PersonRecords records;
    private final Clock clock;

    public SessionsApi(PersonRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/sessions/allowed", this::allowed);
        routes.get("/api/sessions", this::history);
        routes.post("/api/sessions", this::record);
    }

    private void history(Context ctx) {
        int limit = QueryParameters.limit(ctx, 20, MAX_LIMIT);
        ctx.json(records.sessionLogs().findRecent(limit).stream()
                .map(SessionView::of)
                .toList());
    }

    private void allowed(Context ctx) {
        String id = ctx.queryParam("routine");
        if (id == null || id.isBlank()) {
            throw new BadRequestException("no routine given")
                    .withText("api.sessions.whichRoutine", "example", "/api/sessions/allowed?routine=desk-a");
        }
        Language language = WebTexts.language(ctx);
        String at = ctx.queryParam("at");
        StartDecision decision = id.equals(PlanEngine.DESK_BREAK.value()) && at != null
                ? records.sessionStart(language)
                        .decideBreak(
                                records.person(),
                                Objects.requireNonNull(
                                        DueBreak.plannedAt(records.routineLengths(), records.settings(), at)
                                                .deskBreak()),
                                records.settings().level())
                : records.sessionStart(language)
                        .decide(records.person(), id, records.settings().level());
        ctx.json(AllowedView.of(
                WebTexts.of(ctx),
                decision,
                records.catalogue(language),
                records.settings().timeZone()));
    }

    /** The answer of {@code GET /api/sessions/allowed}: the gate's verdict and its words for the page. */
    record AllowedView(
            String routine,
            boolean allowed,
            String verdict,
            String recheck,
            @Nullable String message) {
        static AllowedView of(Texts t, StartDecision decision, Catalogue catalogue, ZoneId zone) {
            String recheck = decision.recheck().kind().name();
            if (decision instanceof SessionRefusal refusal) {
                return new AllowedView(
                        refusal.routine().value(),
                        false,
                        refusal.kind().name(),
                        recheck,
                        SessionWords.refusal(t, refusal, catalogue, zone));
            }
            String words = SessionWords.recheck(t, decision.recheck());
            return new AllowedView(
                    decision.routine().value(), true, "ALLOWED", recheck, words.isEmpty() ? null : words);
        }
    }

    private void record(Context ctx) {
        SessionLog log =
                SessionBody.read(JsonRequest.object(ctx, SessionBody.EXAMPLE), records.catalogue(), clock.instant());
        SessionLog saved = records.sessionLogs().save(log);
        ctx.status(201).json(SessionView.of(saved));
    }
}
