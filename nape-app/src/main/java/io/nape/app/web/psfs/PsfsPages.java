package io.nape.app.web.psfs;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.text.Texts;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.psfs.MeasureFunction;
import io.nape.app.usecase.psfs.PsfsChangeText;
import io.nape.app.web.PageRenderer;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.app.web.progress.ProgressPages;
import io.nape.core.NapeException;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The PSFS page: name up to three activities the first time (or when starting anew), rate the same
 * activities in later weeks, skip the week's prompt, and see every answer. The activities are the
 * person's own words: shown back to them here, never part of an error.
 */
public final class PsfsPages implements WebFeature {
    private final PersonRecords records;

    public PsfsPages(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/psfs", ctx -> render(ctx, form(ctx, "true".equals(ctx.queryParam("new"))), "", ""));
        routes.post("/psfs", this::answer);
        routes.post("/psfs/skip", this::skip);
    }

    private PsfsForm form(Context ctx, boolean anew) {
        List<String> activities = anew ? List.of() : records.psfs().lastActivities();
        List<String> names = new ArrayList<>(activities);
        while (names.size() < PsfsAnswer.MAX_ACTIVITIES) {
            names.add("");
        }
        return new PsfsForm(activities.isEmpty(), names, List.of("", "", ""));
    }

    private void answer(Context ctx) {
        Texts t = WebTexts.of(ctx);
        boolean naming = "true".equals(ctx.formParam("naming"));
        List<String> names = new ArrayList<>();
        List<String> scores = new ArrayList<>();
        List<PsfsRating> ratings = new ArrayList<>();
        PsfsForm typed;
        try {
            for (int position = 1; position <= PsfsAnswer.MAX_ACTIVITIES; position++) {
                names.add(text(ctx.formParam("activity" + position)));
                scores.add(text(ctx.formParam("score" + position)));
            }
            typed = new PsfsForm(naming, names, scores);
            for (int index = 0; index < names.size(); index++) {
                if (names.get(index).isEmpty() && scores.get(index).isEmpty()) {
                    continue;
                }
                if (scores.get(index).isEmpty()) {
                    throw new NapeException("a named activity has no score")
                            .withText("psfspage.error.noScore", "position", index + 1);
                }
                ratings.add(new PsfsRating(names.get(index), PsfsRating.parseScore(scores.get(index))));
            }
            new MeasureFunction(records).record(records.person(), ratings, naming);
        } catch (NapeException refused) {
            ctx.status(400);
            render(ctx, new PsfsForm(naming, padded(names), padded(scores)), t.explain(refused), "");
            return;
        }
        render(ctx, form(ctx, false), "", t.get("psfspage.saved"));
    }

    private void skip(Context ctx) {
        new MeasureFunction(records).skip(records.person());
        render(ctx, form(ctx, false), "", WebTexts.of(ctx).get("psfspage.skipped"));
    }

    private static List<String> padded(List<String> values) {
        List<String> all = new ArrayList<>(values);
        while (all.size() < PsfsAnswer.MAX_ACTIVITIES) {
            all.add("");
        }
        return all;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private void render(Context ctx, PsfsForm form, String error, String saved) {
        Texts t = WebTexts.of(ctx);
        ZoneId zone = records.settings().timeZone();
        MeasureFunction measure = new MeasureFunction(records);
        List<HistoryRow> history = new ArrayList<>();
        for (MeasureFunction.HistoryEntry entry : measure.history(records.person())) {
            history.add(new HistoryRow(
                    ProgressPages.shortDay(t, entry.answer().at().atZone(zone).toLocalDate()),
                    PsfsChangeText.score(t, entry.answer().score()),
                    entry.answer().ratings()));
        }
        List<String> changes = PsfsChangeText.sinceFirst(t, zone, measure.history(records.person()));
        boolean due = measure.prompt(records.person()).due();
        PageRenderer.render(
                ctx, "psfs/psfs.jte", Map.of("page", new PsfsPage(form, error, saved, due, changes, history)));
    }

    /** Everything the page shows. */
    public record PsfsPage(
            PsfsForm form, String error, String saved, boolean due, List<String> changes, List<HistoryRow> history) {}

    /**
     * The form: {@code naming} when the person names the activities (the first time or anew), else
     * they rate the kept ones; three places for each.
     */
    public record PsfsForm(boolean naming, List<String> activities, List<String> scores) {
        public PsfsForm {
            activities = List.copyOf(activities);
            scores = List.copyOf(scores);
        }

        /** How many places the form shows: three to name, else the kept activities. */
        public int places() {
            return naming
                    ? PsfsAnswer.MAX_ACTIVITIES
                    : (int) activities.stream().filter(name -> !name.isEmpty()).count();
        }
    }

    /** One answer of the history. */
    public record HistoryRow(String day, String score, List<PsfsRating> ratings) {}
}
