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
            throw invalid(
                    "The answers are empty; give one JSON object such as " + EXAMPLE + ".",
                    "empty",
                    "example",
                    EXAMPLE);
        }
        JsonNode root = readTree(text);
        if (!root.isObject()) {
            throw invalid(
                    "The answers must be one JSON object such as " + EXAMPLE + ", not " + kind(root) + ".",
                    "notObject",
                    "example",
                    EXAMPLE,
                    "kind",
                    kindKey(root));
        }
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw invalid(
                        "The answers have a field that is not one of " + String.join(", ", FIELDS) + "; leave it out.",
                        "unknownField",
                        "fields",
                        String.join(", ", FIELDS));
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
            if (malformed.getLocation() == null || malformed.getLocation().getLineNr() < 1) {
                throw invalid(
                        "The answers are not valid JSON; give one JSON object such as " + EXAMPLE + ".",
                        "notJson",
                        "example",
                        EXAMPLE);
            }
            int line = malformed.getLocation().getLineNr();
            int column = malformed.getLocation().getColumnNr();
            throw invalid(
                    "The answers are not valid JSON (line " + line + ", column " + column
                            + "); give one JSON object such as " + EXAMPLE + ".",
                    "notJsonAt",
                    "line",
                    String.valueOf(line),
                    "column",
                    String.valueOf(column),
                    "example",
                    EXAMPLE);
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
            throw wrongKind(field, value, "a whole number", "notWholeNumber");
        }
        if (!value.canConvertToInt() || value.intValue() < 0 || value.intValue() > max) {
            throw outOfRange(field, String.valueOf(max), value);
        }
        return value.intValue();
    }

    private static @Nullable Double days(JsonNode root) {
        JsonNode value = present(root, "daysSinceOnset");
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrongKind("daysSinceOnset", value, "a number of days", "notDays");
        }
        double days = value.doubleValue();
        if (!Double.isFinite(days) || days < 0 || days > SymptomReport.MAX_DAYS) {
            throw outOfRange("daysSinceOnset", String.valueOf(SymptomReport.MAX_DAYS), value);
        }
        return days;
    }

    private static @Nullable Boolean yesOrNo(JsonNode root, String field) {
        JsonNode value = present(root, field);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw wrongKind(field, value, "true or false", "notYesOrNo");
        }
        return value.booleanValue();
    }

    private static Onset onset(JsonNode value) {
        String choices = Arrays.stream(Onset.values()).map(Onset::key).collect(Collectors.joining(", "));
        if (!value.isString()) {
            throw invalid(
                    "\"onset\" must be one of " + choices + ", not " + kind(value) + FIX,
                    "notOnset",
                    "choices",
                    choices,
                    "kind",
                    kindKey(value));
        }
        return Onset.fromKey(value.stringValue())
                .orElseThrow(
                        () -> invalid("\"onset\" must be one of " + choices + FIX, "unknownOnset", "choices", choices));
    }

    private static <T> List<T> ids(
            JsonNode root, String field, String word, Function<String, Optional<T>> lookup, String validIds) {
        JsonNode value = present(root, field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            String example = validIds.split(", ")[0];
            throw invalid(
                    "\"" + field + "\" must be a list of " + word + " ids such as [\"" + example + "\"], not "
                            + kind(value) + FIX,
                    "notList",
                    "field",
                    field,
                    "example",
                    example,
                    "kind",
                    kindKey(value));
        }
        List<T> found = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw invalid(
                        "\"" + field + "\" must hold " + word + " ids in quotes, not " + kind(item) + FIX,
                        "notQuoted",
                        "field",
                        field,
                        "kind",
                        kindKey(item));
            }
            found.add(lookup.apply(item.stringValue())
                    .orElseThrow(() -> invalid(
                            "\"" + field + "\" holds a " + word + " that Nape does not know; the " + word + "s are "
                                    + validIds + ".",
                            "unknownId",
                            "field",
                            field,
                            "ids",
                            validIds)));
        }
        return found;
    }

    /** A failure with its English message and the text {@code check.answers.<key>} for the edges. */
    /** A field holding the wrong kind of value, such as text where a number belongs. */
    private static InvalidAnswersException wrongKind(String field, JsonNode value, String expected, String key) {
        return invalid(
                "\"" + field + "\" must be " + expected + ", not " + kind(value) + FIX,
                key,
                "field",
                field,
                "kind",
                kindKey(value));
    }

    /** A number outside 0 to {@code max}. */
    private static InvalidAnswersException outOfRange(String field, String max, JsonNode value) {
        return invalid(
                "\"" + field + "\" must be from 0 to " + max + ", was " + value.asString() + FIX,
                "outOfRange",
                "field",
                field,
                "max",
                max,
                "value",
                value.asString());
    }

    private static InvalidAnswersException invalid(String message, String key, Object... namesAndValues) {
        InvalidAnswersException failure = new InvalidAnswersException(message);
        failure.withText("check.answers." + key, namesAndValues);
        return failure;
    }

    /** The kind of a JSON value as a word of the texts' {@code kind} choice. */
    private static String kindKey(JsonNode value) {
        if (value.isNumber()) {
            return value.isIntegralNumber() ? "whole" : "decimal";
        }
        return switch (value.getNodeType().name()) {
            case "STRING" -> "text";
            case "ARRAY" -> "list";
            case "OBJECT" -> "object";
            case "BOOLEAN" -> "boolean";
            case "NULL" -> "null";
            default -> "other";
        };
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
