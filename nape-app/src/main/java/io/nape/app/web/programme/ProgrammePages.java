package io.nape.app.web.programme;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.programme.AdaptProgramme;
import io.nape.app.usecase.programme.ProgrammeText;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.NapeException;
import io.nape.core.programme.Answer;
import io.nape.core.programme.Proposal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Programme page: the level, each open proposal with its reason and a form to confirm or
 * decline it, what holds a step up, and every decision. An answer is a plain form post, so the page
 * works without scripts; a refused answer shows its sentence with status 400.
 */
public final class ProgrammePages implements WebFeature {
    private final PersonRecords records;

    public ProgrammePages(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/programme", ctx -> render(ctx, null, null));
        routes.post("/programme", this::answer);
    }

    private void answer(Context ctx) {
        Texts t = WebTexts.of(ctx);
        String proposal = Optional.ofNullable(ctx.formParam("proposal")).orElse("");
        Optional<Answer> answer = Optional.ofNullable(ctx.formParam("answer")).flatMap(Answer::fromKey);
        try {
            if (proposal.isBlank()) {
                throw new NapeException("no proposal named").withText("programme.nothingToAnswer");
            }
            if (answer.isEmpty()) {
                throw ProgrammeApi.badAnswer();
            }
            AdaptProgramme.Decided decided =
                    new AdaptProgramme(records).answer(records.person(), proposal, answer.get());
            String what = decided.decision().proposal().changesLevel() ? "level" : "check";
            String done = t.get(
                    "programme." + decided.decision().answer().key() + "." + what,
                    "level",
                    t.get("dosage.level." + decided.planLevel().key()));
            render(ctx, done, null);
        } catch (NapeException refused) {
            ctx.status(400);
            render(ctx, null, t.explain(refused));
        }
    }

    private void render(Context ctx, @Nullable String done, @Nullable String error) {
        Texts t = WebTexts.of(ctx);
        AdaptProgramme programme = new AdaptProgramme(records);
        AdaptProgramme.Review review = programme.review(records.person());
        ProgrammeText words = new ProgrammeText(t, review.zone());
        List<OpenProposal> open = review.open().stream()
                .map(proposal -> OpenProposal.of(proposal, words))
                .toList();
        ProgrammePage page = new ProgrammePage(
                t.get("programme.level", "level", words.level(review.review().level())),
                review.planLevel() == review.review().level()
                        ? null
                        : t.get("programme.planLevel", "level", words.level(review.planLevel())),
                open,
                review.review().holds().stream().map(words::hold).toList(),
                programme.history(records.person()).stream()
                        .map(words::historyLine)
                        .toList(),
                done,
                error);
        PageRenderer.render(ctx, "programme/programme.jte", Map.of("page", page));
    }

    /** One open proposal as the page shows it. */
    public record OpenProposal(String id, String says, String why) {
        static OpenProposal of(Proposal proposal, ProgrammeText words) {
            return new OpenProposal(proposal.id().value(), words.proposal(proposal), words.reason(proposal.reason()));
        }
    }

    /**
     * The page: every sentence already in the person's language.
     *
     * @param planNote the plan's level when it differs from the programme's, else null
     * @param done what an answer just did, else null
     * @param error why an answer was refused, else null
     */
    public record ProgrammePage(
            String level,
            @Nullable String planNote,
            List<OpenProposal> proposals,
            List<String> holds,
            List<String> history,
            @Nullable String done,
            @Nullable String error) {
        public ProgrammePage {
            proposals = List.copyOf(proposals);
            holds = List.copyOf(holds);
            history = List.copyOf(history);
        }
    }
}
