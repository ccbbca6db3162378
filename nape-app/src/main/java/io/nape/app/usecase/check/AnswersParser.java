package io.nape.app.usecase.check;

import io.nape.core.safety.Condition;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read the check's answers from JSON, strictly: every field is optional, but an unknown field, a
 * wrong type, a number out of range or an unknown id is refused with one sentence naming the
 * field. Health values are never echoed, except the bad number of a range error.
 */
public final class AnswersParser {
    static final List<String> FIELDS =
            List.of("age", "painLevel", "daysSinceOnset", "worsening", "onset", "signs", "conditions");
    static final String EXAMPLE = "{\"age\": 42, \"painLevel\": 4, \"signs\": [\"headache\"]}";
    private static final String FIX = "; fix the answers and run the check again.";
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private AnswersParser() {}

    public static SymptomReport parse(String text) {
        if (text.isBlank()) {
            throw new InvalidAnswersException("The answers are empty; give one JSON object such as " + EXAMPLE + ".");
        }
        JsonNode root = readTree(text);
        if (!root.isObject()) {
            throw new InvalidAnswersException(
                    "The answers must be one JSON object such as " + EXAMPLE + ", not " + kind(root) + ".");
        }
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidAnswersException(
                        "The answers have a field that is not one of " + String.join(", ", FIELDS) + "; leave it out.");
            }
        }
        SymptomReport.Builder report = SymptomReport.builder()
                .age(wholeNumber(root, "age", SymptomReport.MAX_AGE))
                .painLevel(wholeNumber(root, "painLevel", SymptomReport.MAX_PAIN))
                .daysSinceOnset(days(root))
                .worsening(yesOrNo(root, "worsening"));
        JsonNode onset = present(root, "onset");
        if (onset != null) {
            report.onset(onset(onset));
        }
        report.signs(ids(root, "signs", "sign", Sign::fromKey, Sign.allKeys()));
        report.conditions(ids(root, "conditions", "condition", Condition::fromKey, Condition.allKeys()));
        return report.build();
    }

    private static JsonNode readTree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException malformed) {
            String where =
                    malformed.getLocation() == null || malformed.getLocation().getLineNr() < 1
                            ? ""
                            : " (line " + malformed.getLocation().getLineNr() + ", column "
                                    + malformed.getLocation().getColumnNr() + ")";
            throw new InvalidAnswersException(
                    "The answers are not valid JSON" + where + "; give one JSON object such as " + EXAMPLE + ".");
        }
    }

    private static @Nullable JsonNode present(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private static @Nullable Integer wholeNumber(JsonNode root, String field, int max) {
        JsonNode value = present(root, field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new InvalidAnswersException("\"" + field + "\" must be a whole number, not " + kind(value) + FIX);
        }
        if (!value.canConvertToInt() || value.intValue() < 0 || value.intValue() > max) {
            throw new InvalidAnswersException(
                    "\"" + field + "\" must be from 0 to " + max + ", was " + value.asString() + FIX);
        }
        return value.intValue();
    }

    private static @Nullable Double days(JsonNode root) {
        JsonNode value = present(root, "daysSinceOnset");
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw new InvalidAnswersException("\"daysSinceOnset\" must be a number of days, not " + kind(value) + FIX);
        }
        double days = value.doubleValue();
        if (!Double.isFinite(days) || days < 0 || days > SymptomReport.MAX_DAYS) {
            throw new InvalidAnswersException("\"daysSinceOnset\" must be from 0 to " + SymptomReport.MAX_DAYS
                    + ", was " + value.asString() + FIX);
        }
        return days;
    }

    private static @Nullable Boolean yesOrNo(JsonNode root, String field) {
        JsonNode value = present(root, field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new InvalidAnswersException("\"" + field + "\" must be true or false, not " + kind(value) + FIX);
        }
        return value.booleanValue();
    }

    private static Onset onset(JsonNode value) {
        String choices = Arrays.stream(Onset.values()).map(Onset::key).collect(Collectors.joining(", "));
        if (!value.isString()) {
            throw new InvalidAnswersException("\"onset\" must be one of " + choices + ", not " + kind(value) + FIX);
        }
        return Onset.fromKey(value.stringValue())
                .orElseThrow(() -> new InvalidAnswersException("\"onset\" must be one of " + choices + FIX));
    }

    private static <T> List<T> ids(
            JsonNode root, String field, String word, Function<String, Optional<T>> lookup, String validIds) {
        JsonNode value = present(root, field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidAnswersException("\"" + field + "\" must be a list of " + word + " ids such as [\""
                    + validIds.split(", ")[0] + "\"], not " + kind(value) + FIX);
        }
        List<T> found = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw new InvalidAnswersException(
                        "\"" + field + "\" must hold " + word + " ids in quotes, not " + kind(item) + FIX);
            }
            found.add(lookup.apply(item.stringValue())
                    .orElseThrow(() -> new InvalidAnswersException("\"" + field + "\" holds a " + word
                            + " that Nape does not know; the " + word + "s are " + validIds + ".")));
        }
        return found;
    }

    private static String kind(JsonNode value) {
        Map<String, String> words = Map.of(
                "STRING", "text",
                "ARRAY", "a list",
                "OBJECT", "an object",
                "BOOLEAN", "true or false",
                "NULL", "null");
        if (value.isNumber()) {
            return value.isIntegralNumber() ? "a whole number" : "a decimal number";
        }
        return words.getOrDefault(value.getNodeType().name(), "something else");
    }
}
