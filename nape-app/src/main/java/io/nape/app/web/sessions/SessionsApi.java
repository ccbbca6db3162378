package io.nape.app.web.sessions;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.Wiring;
import io.nape.app.cli.history.HistoryCommand;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.JsonRequest;
import io.nape.app.web.QueryParameters;
import io.nape.app.web.WebFeature;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Routine;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.SessionLog;
import io.nape.core.safety.Screening;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Serve the sessions: the history as {@code nape history --json} prints it, whether a routine may
 * start now (asked by the player before it starts, the same gate as {@code nape start}), and the
 * recording of a session the web player finished.
 */
public final class SessionsApi implements WebFeature {
    static final int MAX_LIMIT = 100_000;

    private final Wiring wiring;
    private final Clock clock;

    public SessionsApi(Wiring wiring, Clock clock) {
        this.wiring = wiring;
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
        ctx.json(wiring.sessionLogs().findRecent(limit).stream()
                .map(HistoryCommand.SessionView::of)
                .toList());
    }

    private void allowed(Context ctx) {
        String id = ctx.queryParam("routine");
        if (id == null || id.isBlank()) {
            throw new BadRequestException("Say which routine, such as /api/sessions/allowed?routine=desk-a.");
        }
        Catalogue catalogue = wiring.catalogue();
        Routine routine = catalogue.getRoutine(id);
        Instant now = clock.instant();
        Optional<Screening> latest = wiring.screenings().findLatest();
        Optional<Integer> highestPain = latest.flatMap(
                check -> wiring.painEntries().findBetween(check.at().plusMillis(1), now.plusMillis(1)).stream()
                        .map(PainEntry::pain)
                        .max(Integer::compare));
        ctx.json(SessionGate.decide(latest, highestPain, routine, catalogue, now));
    }

    private void record(Context ctx) {
        SessionLog log =
                SessionBody.read(JsonRequest.object(ctx, SessionBody.EXAMPLE), wiring.catalogue(), clock.instant());
        SessionLog saved = wiring.sessionLogs().save(log);
        ctx.status(201).json(HistoryCommand.SessionView.of(saved));
    }
}
