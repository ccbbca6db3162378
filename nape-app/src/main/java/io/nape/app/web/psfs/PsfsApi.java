package io.nape.app.web.psfs;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.psfs.MeasureFunction;
import io.nape.app.usecase.psfs.PsfsOverview;
import io.nape.app.usecase.psfs.PsfsView;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.JsonRequest;
import io.nape.app.web.WebFeature;
import io.nape.core.psfs.PsfsRating;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The PSFS over the API: read the activities, the answers and the weekly prompt; give an answer; skip
 * the week's prompt. Activities are health data: no message quotes one.
 */
public final class PsfsApi implements WebFeature {
    static final List<String> FIELDS = List.of("ratings", "newActivities");
    static final List<String> RATING_FIELDS = List.of("activity", "score");
    static final String EXAMPLE = "{\"ratings\": [{\"activity\": \"Looking over my shoulder\", \"score\": 4}]}";

    private final PersonRecords records;

    public PsfsApi(PersonRecords records) {
        this.records = records;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/psfs", this::overview);
        routes.post("/api/psfs", this::answer);
        routes.post("/api/psfs/skip", this::skip);
    }

    private void overview(Context ctx) {
        ctx.json(PsfsOverview.of(new MeasureFunction(records), records.person()));
    }

    private void answer(Context ctx) {
        JsonNode body = JsonRequest.object(ctx, EXAMPLE);
        JsonRequest.onlyFields(body, FIELDS);
        boolean newActivities = newActivities(body);
        MeasureFunction.Recorded recorded =
                new MeasureFunction(records).record(records.person(), ratings(body), newActivities);
        ctx.status(201).json(PsfsView.of(recorded));
    }

    private void skip(Context ctx) {
        ctx.json(PsfsOverview.PromptView.of(new MeasureFunction(records).skip(records.person())));
    }

    private static boolean newActivities(JsonNode body) {
        JsonNode value = body.get("newActivities");
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadRequestException("newActivities is not true or false").withText("psfsapi.newNotBoolean");
        }
        return value.booleanValue();
    }

    /** The ratings as given; the core checks how many, the words and the scores. */
    static List<PsfsRating> ratings(JsonNode body) {
        JsonNode value = body.get("ratings");
        if (value == null || value.isNull()) {
            throw new BadRequestException("ratings is missing").withText("psfs.noActivity");
        }
        if (!value.isArray()) {
            throw new BadRequestException("ratings is not a list")
                    .withText("psfsapi.ratingsNotAList", "example", EXAMPLE);
        }
        List<PsfsRating> ratings = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isObject()) {
                throw new BadRequestException("a rating is not an object")
                        .withText("psfsapi.ratingNotAnObject", "example", EXAMPLE);
            }
            JsonRequest.onlyFields(item, RATING_FIELDS);
            JsonNode activity = item.get("activity");
            if (activity == null || !activity.isString()) {
                throw new BadRequestException("a rating has no activity as text")
                        .withText("psfsapi.activityNotText", "position", ratings.size() + 1);
            }
            JsonNode score = item.get("score");
            if (score == null || !score.isIntegralNumber() || !score.canConvertToInt()) {
                throw new BadRequestException("a score is not a whole number").withText("psfs.scoreNotWhole");
            }
            ratings.add(new PsfsRating(activity.stringValue(), score.intValue()));
        }
        return ratings;
    }
}
