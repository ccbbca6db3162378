package io.nape.app.data;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Read the fields of one JSON object of an import file, noting a problem for each field that is
 * missing, of the wrong type or out of range. A problem names the record and field ({@code
 * painEntries[12].pain}) and what is allowed, never the value found.
 */
final class Fields {
    private final String path;
    private final JsonNode node;
    private final List<Problem> problems;
    private boolean failed;

    /** The fields of the object at {@code path}; an empty path is the file's top level. */
    Fields(String path, JsonNode node, List<Problem> problems, String... allowed) {
        this.path = path;
        this.node = node;
        this.problems = problems;
        if (!node.isObject()) {
            problem(Problem.of("data.problem.notObject", "path", path));
            return;
        }
        List<String> known = Arrays.asList(allowed);
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(Problem.of(
                        path.isEmpty() ? "data.problem.unknownTopField" : "data.problem.unknownField",
                        "path",
                        path,
                        "fields",
                        String.join(", ", known)));
                break;
            }
        }
    }

    /** The fields of an object inside this one, whose problems join this one's. */
    Fields child(String childPath, JsonNode childNode, String... allowed) {
        return new Fields(childPath, childNode, problems, allowed);
    }

    /** Whether every field read so far was right. */
    boolean ok() {
        return !failed;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void problem(Problem problem) {
        failed = true;
        problems.add(problem);
    }

    private @Nullable JsonNode get(String field) {
        if (!node.isObject()) {
            failed = true;
            return null;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private boolean present(String field) {
        return node.isObject() && node.has(field);
    }

    long id() {
        JsonNode value = get("id");
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1) {
            problem(Problem.of("data.problem.id", "path", path("id")));
            return 0;
        }
        return value.asLong();
    }

    Instant instant(String field) {
        @Nullable Instant instant = nullableInstant(field, false);
        return instant == null ? Instant.EPOCH : instant;
    }

    @Nullable
    Instant nullableInstant(String field, boolean nullable) {
        JsonNode value = get(field);
        if (value == null && nullable && present(field)) {
            return null;
        }
        if (value != null && value.isString()) {
            try {
                return Instant.parse(value.asString());
            } catch (DateTimeException wrong) {
                // noted below
            }
        }
        problem(Problem.of(nullable ? "data.problem.instantOrNull" : "data.problem.instant", "path", path(field)));
        return null;
    }

    int number(String field, int min, int max) {
        Integer number = nullableNumber(field, min, max, false);
        return number == null ? min : number;
    }

    @Nullable
    Integer nullableNumber(String field, int min, int max, boolean nullable) {
        JsonNode value = get(field);
        if (value == null && nullable && present(field)) {
            return null;
        }
        if (value != null && value.isIntegralNumber() && value.canConvertToInt()) {
            int number = value.asInt();
            if (number >= min && number <= max) {
                return number;
            }
        }
        problem(Problem.of(
                nullable ? "data.problem.numberOrNull" : "data.problem.number",
                "path",
                path(field),
                "min",
                min,
                "max",
                max));
        return null;
    }

    @Nullable
    Double nullableDecimal(String field, double min, double max) {
        JsonNode value = get(field);
        if (value == null && present(field)) {
            return null;
        }
        if (value != null && value.isNumber()) {
            double number = value.asDouble();
            if (number >= min && number <= max) {
                return number;
            }
        }
        problem(Problem.of("data.problem.decimalOrNull", "path", path(field), "min", (long) min, "max", (long) max));
        return null;
    }

    @Nullable
    Boolean nullableBoolean(String field) {
        JsonNode value = get(field);
        if (value == null && present(field)) {
            return null;
        }
        if (value != null && value.isBoolean()) {
            return value.asBoolean();
        }
        problem(Problem.of("data.problem.booleanOrNull", "path", path(field)));
        return null;
    }

    boolean bool(String field) {
        JsonNode value = get(field);
        if (value != null && value.isBoolean()) {
            return value.asBoolean();
        }
        problem(Problem.of("data.problem.boolean", "path", path(field)));
        return false;
    }

    /** A local time in whole minutes ({@code HH:MM}), or null. */
    @Nullable
    LocalTime nullableTime(String field) {
        JsonNode value = get(field);
        if (value == null && present(field)) {
            return null;
        }
        if (value != null && value.isString() && value.asString().matches("[0-2][0-9]:[0-5][0-9]")) {
            try {
                return LocalTime.parse(value.asString());
            } catch (DateTimeException wrong) {
                // noted below
            }
        }
        problem(Problem.of("data.problem.timeOrNull", "path", path(field)));
        return null;
    }

    String text(String field, int maxLength, boolean mayBeEmpty) {
        JsonNode value = get(field);
        if (value != null && value.isString()) {
            String text = value.asString();
            int length = text.codePointCount(0, text.length());
            if (length <= maxLength && (mayBeEmpty || !text.isBlank())) {
                return text;
            }
        }
        problem(Problem.of(
                mayBeEmpty ? "data.problem.text" : "data.problem.nonEmptyText", "path", path(field), "max", maxLength));
        return "";
    }

    /** The value named by a key; {@code fallback} stands in when the key is wrong, for the checks that follow. */
    <T> T key(String field, Function<String, Optional<T>> fromKey, Collection<String> allowed, T fallback) {
        JsonNode value = get(field);
        if (value != null && value.isString()) {
            Optional<T> known = fromKey.apply(value.asString());
            if (known.isPresent()) {
                return known.get();
            }
        }
        problem(Problem.of("data.problem.oneOf", "path", path(field), "choices", String.join(", ", allowed)));
        return fallback;
    }

    /** A value written as text in a form a parser reads, such as a date; {@code problemKey} says which form. */
    <T> T parsed(String field, Function<String, Optional<T>> parse, String problemKey, T fallback) {
        JsonNode value = get(field);
        if (value != null && value.isString()) {
            Optional<T> read = parse.apply(value.asString());
            if (read.isPresent()) {
                return read.get();
            }
        }
        problem(Problem.of(problemKey, "path", path(field)));
        return fallback;
    }

    <T> Set<T> keys(String field, Function<String, Optional<T>> fromKey, Collection<String> allowed) {
        JsonNode value = get(field);
        List<T> found = new ArrayList<>();
        boolean right = value != null && value.isArray();
        if (value != null && right) {
            for (JsonNode item : value) {
                Optional<T> known = item.isString() ? fromKey.apply(item.asString()) : Optional.empty();
                if (known.isEmpty()) {
                    right = false;
                    break;
                }
                found.add(known.get());
            }
        }
        if (!right) {
            problem(Problem.of("data.problem.listOf", "path", path(field), "choices", String.join(", ", allowed)));
        }
        return found.stream().collect(Collectors.toSet());
    }

    List<JsonNode> list(String field) {
        JsonNode value = get(field);
        if (value == null || !value.isArray()) {
            problem(Problem.of("data.problem.list", "path", path(field)));
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    JsonNode object(String field) {
        JsonNode value = get(field);
        return value == null ? MissingNode.getInstance() : value;
    }
}
