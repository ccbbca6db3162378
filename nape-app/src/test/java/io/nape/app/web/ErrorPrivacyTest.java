package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * No error answer quotes what a person typed (hazard H21): a marker sent in every path parameter,
 * query parameter and body field of every operation of the OpenAPI document, in an unknown field's
 * name, and in every field of the check, diary and settings forms, appears in no header or body of
 * an answer of 400 or more. A form page may put the person's own text back into its fields
 * ({@code value="…"}, a text area) so that it need not be typed again; only that is left out of the
 * search.
 */
class ErrorPrivacyTest {
    static final String MARKER = "ZQXmarker-private-text";
    private static final String ENCODED = URLEncoder.encode(MARKER + " blood \"in\" stool", StandardCharsets.UTF_8);
    private static final Pattern FORM_VALUES =
            Pattern.compile("value=\"[^\"]*\"|<textarea[^>]*>[^<]*</textarea>", Pattern.CASE_INSENSITIVE);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @RegisterExtension
    final LocalServer local = new LocalServer();

    private final List<String> leaks = new ArrayList<>();
    private int errors;

    @Test
    void noErrorAnswerQuotesAMarkerSentInAnyFieldOfAnyOperation() {
        for (OpenApiOperations.Operation operation : OpenApiOperations.all()) {
            if (operation.path().equals("/api/reminders/events")) {
                continue; // an event stream takes no input and stays open
            }
            if (operation.hasPathParameter()) {
                check(operation, operation.pathWith(ENCODED), null);
            }
            String path = operation.pathWith("desk-a");
            for (OpenApiOperations.Parameter parameter : operation.query()) {
                check(operation, path + "?" + parameter.name() + "=" + ENCODED, null);
            }
            if (operation.takesBody()) {
                for (Map.Entry<String, JsonNode> field : operation.bodyFields().entrySet()) {
                    ObjectNode body = operation.validBody();
                    body.put(field.getKey(), MARKER);
                    check(operation, path, body.toString());
                    body.set(field.getKey(), NODES.arrayNode().add(MARKER));
                    check(operation, path, body.toString());
                    body.set(field.getKey(), NODES.objectNode().put(MARKER, MARKER));
                    check(operation, path, body.toString());
                }
                ObjectNode unknown = operation.validBody();
                unknown.put(MARKER, 1);
                check(operation, path, unknown.toString());
            }
        }
        assertThat(errors).as("error answers looked at").isGreaterThan(50);
        assertThat(leaks).as("error answers that quote the marker").isEmpty();
    }

    @Test
    void noFormPageQuotesAMarkerInItsMessages() {
        Map<String, List<String>> forms = Map.of(
                "/check", List.of("age", "painLevel", "daysSinceOnset", "worsening", "onset", "sign", "condition"),
                "/diary", List.of("pain", "where", "character", "stiffness"),
                "/settings",
                        List.of(
                                "timeZone",
                                "workStart",
                                "workEnd",
                                "lunch",
                                "morning",
                                "evening",
                                "workDays",
                                "breakEveryMinutes",
                                "quietDays",
                                "level",
                                "relaxationStart"));
        forms.forEach((page, fields) -> {
            for (String field : fields) {
                record(page + " " + field, sendForm(page, field + "=" + ENCODED));
            }
        });
        assertThat(leaks)
                .as("form pages that quote the marker outside the form's own fields")
                .isEmpty();
    }

    private ApiClient.Exchange sendForm(String page, String form) {
        return local.api()
                .send(
                        "POST",
                        page,
                        form,
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Origin",
                        local.api().origin(),
                        "Accept",
                        "text/html");
    }

    private void check(OpenApiOperations.Operation operation, String path, String body) {
        ApiClient.Exchange answer = body == null
                ? local.api().get(path)
                : local.api()
                        .send(
                                operation.method(),
                                path,
                                body,
                                "Origin",
                                local.api().origin());
        record(operation + " " + path + (body == null ? "" : " " + abbreviate(body)), answer);
    }

    private void record(String what, ApiClient.Exchange answer) {
        if (answer.status() < 400 && !answer.mediaType().equals("text/html")) {
            return;
        }
        errors++;
        String headers = answer.headers().entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining("\n"));
        String body = answer.mediaType().equals("text/html")
                ? FORM_VALUES.matcher(answer.body()).replaceAll("")
                : answer.body();
        if (headers.contains("ZQXmarker") || body.contains("ZQXmarker")) {
            leaks.add(what + " -> " + answer.status() + " " + abbreviate(answer.body()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
