package io.nape.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read a request body that must be one JSON object, strictly: the body must be declared as {@code
 * application/json} (which a cross-site HTML form cannot send), and a duplicate key or trailing text
 * is refused. What each member means is up to the feature that reads it.
 */
public final class JsonRequest {
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonRequest() {}

    /** The body as a JSON object; {@code example} shows the person what to send. */
    public static JsonNode object(Context ctx, String example) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).trim().startsWith("application/json")) {
            throw new HttpResponseException(415, WebTexts.of(ctx).get("problem.notJson"));
        }
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadRequestException("the request body is empty")
                    .withText("problem.bodyEmpty", "example", example);
        }
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JacksonException malformed) {
            throw new BadRequestException("the request body is not valid JSON")
                    .withText("problem.bodyNotJson", "example", example);
        }
        if (!root.isObject()) {
            throw new BadRequestException("the request body is not one JSON object")
                    .withText("problem.bodyNotObject", "example", example);
        }
        return root;
    }

    /** Refuse a member that is not one of {@code fields}. */
    public static void onlyFields(JsonNode object, List<String> fields) {
        for (String name : object.propertyNames()) {
            if (!fields.contains(name)) {
                throw new BadRequestException("the body has a field that is not one of " + fields)
                        .withText("problem.unknownField", "fields", String.join(", ", fields));
            }
        }
    }
}
