package io.nape.app.web.timeline;

import io.javalin.config.RoutesConfig;
import io.nape.app.text.Language;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.catalogue.DosageLevels;
import io.nape.app.usecase.session.SessionPermit;
import io.nape.app.usecase.session.SessionRefusal;
import io.nape.app.usecase.session.StartDecision;
import io.nape.app.usecase.timeline.TimelineView;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.app.web.session.SessionRefusedException;
import io.nape.app.web.session.SessionWords;

/**
 * Serve a routine's timeline, the data a player renders: every phase with its offset from the
 * start, in the same JSON as {@code nape timeline --json}, its cues in the request's language. It is handed out only when the advice in
 * force lets the routine start now (the same door as every session); otherwise the answer is 403
 * with the reason, as {@code GET /api/sessions/allowed} gives it.
 */
public final class TimelineApi implements WebFeature {
    private final PersonRecords records;

    public TimelineApi(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/routines/{id}/timeline", ctx -> {
            String level = ctx.queryParam("level");
            Language language = WebTexts.language(ctx);
            StartDecision decision = records.sessionStart(language)
                    .decide(
                            records.person(),
                            ctx.pathParam("id"),
                            DosageLevels.parse(level == null ? "standard" : level));
            if (decision instanceof SessionRefusal refusal) {
                throw new SessionRefusedException(SessionWords.refusal(
                        WebTexts.of(ctx),
                        refusal,
                        records.catalogue(language),
                        records.settings().timeZone()));
            }
            ctx.json(TimelineView.of(((SessionPermit) decision).timeline()));
        });
    }
}
