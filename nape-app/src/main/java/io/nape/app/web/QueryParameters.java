package io.nape.app.web;

import io.javalin.http.Context;

/** Read query parameters strictly: a value that is not right is a 400 with one sentence. */
public final class QueryParameters {
    private QueryParameters() {}

    /** The {@code limit} parameter, 1 to {@code max}; {@code fallback} when it is not given. */
    public static int limit(Context ctx, int fallback, int max) {
        String text = ctx.queryParam("limit");
        if (text == null) {
            return fallback;
        }
        int limit;
        try {
            limit = Integer.parseInt(text.trim());
        } catch (NumberFormatException notANumber) {
            limit = -1;
        }
        if (limit < 1 || limit > max) {
            throw limit == -1
                    ? new BadRequestException("limit is not a number").withText("problem.limit.notANumber", "max", max)
                    : new BadRequestException("limit must be 1-" + max + ", was " + limit)
                            .withText("problem.limit.outOfRange", "max", max, "value", limit);
        }
        return limit;
    }
}
