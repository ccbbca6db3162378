package io.nape.app.web.programme;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.programme.AdaptProgramme;
import io.nape.app.usecase.programme.ProgrammeView;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.JsonRequest;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.programme.Answer;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The programme over JSON: the review (level, open proposals and what holds a step up, each with
 * its words), an answer to an open proposal, and every decision newest first.
 */
public final class ProgrammeApi implements WebFeature {
    static final String EXAMPLE = "{\"proposal\": \"step-down@2026-03-10T17:00:00Z\", \"answer\": \"confirmed\"}";

    private final PersonRecords records;

    public ProgrammeApi(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/programme", this::review);
        routes.post("/api/programme/decisions", this::decide);
        routes.get("/api/programme/history", this::history);
    }

    private void review(Context ctx) {
        AdaptProgramme programme = new AdaptProgramme(records);
        ctx.json(ProgrammeView.of(programme.review(records.person()), WebTexts.of(ctx)));
    }

    private void decide(Context ctx) {
        JsonNode body = JsonRequest.object(ctx, EXAMPLE);
        JsonRequest.onlyFields(body, List.of("proposal", "answer"));
        JsonNode proposal = body.get("proposal");
        if (proposal == null || !proposal.isString() || proposal.asString().isBlank()) {
            throw new BadRequestException("proposal must name an open proposal").withText("programme.nothingToAnswer");
        }
        Answer answer = answer(body.get("answer"));
        AdaptProgramme.Decided decided =
                new AdaptProgramme(records).answer(records.person(), proposal.asString(), answer);
        Texts texts = WebTexts.of(ctx);
        ctx.status(201)
                .json(ProgrammeView.of(decided.decision(), records.settings().timeZone(), texts)
                        .put("planLevel", decided.planLevel().key()));
    }

    private void history(Context ctx) {
        AdaptProgramme programme = new AdaptProgramme(records);
        ctx.json(ProgrammeView.history(
                programme.history(records.person()), records.settings().timeZone(), WebTexts.of(ctx)));
    }

    /** The answer named {@code confirmed} or {@code declined}. */
    static Answer answer(@org.jspecify.annotations.Nullable JsonNode node) {
        if (node == null || !node.isString()) {
            throw badAnswer();
        }
        return Answer.fromKey(node.asString()).orElseThrow(ProgrammeApi::badAnswer);
    }

    static BadRequestException badAnswer() {
        BadRequestException refused = new BadRequestException("answer must be confirmed or declined");
        refused.withText("programme.badAnswer");
        return refused;
    }
}
