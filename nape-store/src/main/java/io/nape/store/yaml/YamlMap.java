package io.nape.store.yaml;

import io.nape.core.catalogue.IntRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Read typed values from one YAML mapping. Every read that fails adds a problem with the file and
 * line and returns an empty value, so that one pass reports every problem of a file.
 */
public final class YamlMap {
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d+)\\s*(?:[-–]\\s*(\\d+)\\s*)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

    private final String file;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(String file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode) {
                entries.put(((ScalarNode) tuple.getKeyNode()).getValue(), tuple);
            } else {
                problem(YamlFile.line(tuple.getKeyNode()), "keys must be plain words");
            }
        }
    }

    public String file() {
        return file;
    }

    public int line() {
        return YamlFile.line(node);
    }

    public int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line() : YamlFile.line(tuple.getValueNode());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public void problem(int line, String message) {
        problems.add(file, line, message);
    }

    /** Report every key not in {@code allowed}, naming the keys that are. */
    public void allowOnly(Set<String> allowed) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                problem(
                        YamlFile.line(entry.getValue().getKeyNode()),
                        "unknown key '" + entry.getKey() + "'; expected one of: "
                                + allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    public Optional<String> string(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        return scalar(key, tuple.getValueNode());
    }

    public String requireString(String key) {
        Optional<String> value = string(key);
        if (value.isEmpty() && !has(key)) {
            problem(line(), "'" + key + "' is missing");
        }
        return value.orElse("");
    }

    public Optional<Integer> integer(String key, int min, int max) {
        return string(key).flatMap(text -> {
            String trimmed = text.trim();
            if (!WHOLE.matcher(trimmed).matches()) {
                problem(lineOf(key), "'" + key + "' must be a whole number, was \"" + text + "\"");
                return Optional.empty();
            }
            long value = parse(trimmed);
            if (value < min || value > max) {
                problem(lineOf(key), "'" + key + "' must be " + min + "-" + max + ", was " + trimmed);
                return Optional.empty();
            }
            return Optional.of((int) value);
        });
    }

    /** A range such as {@code 5-7} or a single number such as {@code 10}, both ends at most {@code max}. */
    public Optional<IntRange> range(String key, int max) {
        return string(key).flatMap(text -> parseRange(key, lineOf(key), text, max));
    }

    Optional<IntRange> parseRange(String key, int line, String text, int max) {
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches()) {
            problem(line, "'" + key + "' must be a number or a range like 5-7, was \"" + text + "\"");
            return Optional.empty();
        }
        long low = parse(matcher.group(1));
        long high = matcher.group(2) == null ? low : parse(matcher.group(2));
        if (high > max || low > max) {
            problem(line, "'" + key + "' must be at most " + max + ", was " + text.trim());
            return Optional.empty();
        }
        if (low > high) {
            problem(line, "'" + key + "' range " + text.trim() + " has its minimum above its maximum");
            return Optional.empty();
        }
        return Optional.of(new IntRange((int) low, (int) high));
    }

    /** The value of digits that matched, or {@link Long#MAX_VALUE} when there are too many to hold. */
    private static long parse(String digits) {
        String unsigned = digits.startsWith("-") || digits.startsWith("+") ? digits.substring(1) : digits;
        if (unsigned.length() > 18) {
            return digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return Long.parseLong(digits);
    }

    /** An enum written in lower case with dashes, such as {@code steady-out-on-effort}. */
    public <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
        return string(key).flatMap(text -> parseEnum(key, lineOf(key), text, type));
    }

    public <E extends Enum<E>> List<E> enumList(String key, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (Node item : sequence(key)) {
            scalar(key, item)
                    .flatMap(text -> parseEnum(key, YamlFile.line(item), text, type))
                    .ifPresent(values::add);
        }
        return values;
    }

    public List<String> strings(String key) {
        List<String> values = new ArrayList<>();
        for (Node item : sequence(key)) {
            scalar(key, item).ifPresent(values::add);
        }
        return values;
    }

    public Optional<YamlMap> map(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof MappingNode)) {
            problem(YamlFile.line(tuple.getValueNode()), "'" + key + "' must be a mapping of keys to values");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(file, (MappingNode) tuple.getValueNode(), problems));
    }

    /** The items of a list; each is either a scalar or a mapping. */
    public List<YamlItem> items(String key) {
        List<YamlItem> items = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof MappingNode) {
                items.add(new YamlItem(YamlFile.line(item), null, new YamlMap(file, (MappingNode) item, problems)));
            } else if (item instanceof ScalarNode) {
                items.add(new YamlItem(YamlFile.line(item), ((ScalarNode) item).getValue(), null));
            } else {
                problem(YamlFile.line(item), "items of '" + key + "' must be values or mappings, not lists");
            }
        }
        return items;
    }

    /** The keys in the order written. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    /** How many problems the file has so far, to tell whether a part added any. */
    public int problemCount() {
        return problems.size();
    }

    /** Every key with its value as text, for small mappings of names to words. */
    public Map<String, String> stringEntries() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            scalar(entry.getKey(), entry.getValue().getValueNode())
                    .ifPresent(value -> values.put(entry.getKey(), value));
        }
        return values;
    }

    <E extends Enum<E>> Optional<E> parseEnum(String key, int line, String text, Class<E> type) {
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        problem(line, "'" + key + "' must be one of " + choices(type) + ", was \"" + text + "\"");
        return Optional.empty();
    }

    public static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
    }

    private List<Node> sequence(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode)) {
            problem(YamlFile.line(tuple.getValueNode()), "'" + key + "' must be a list");
            return List.of();
        }
        return ((SequenceNode) tuple.getValueNode()).getValue();
    }

    private Optional<String> scalar(String key, Node value) {
        if (value instanceof ScalarNode) {
            return Optional.of(((ScalarNode) value).getValue());
        }
        problem(YamlFile.line(value), "'" + key + "' must be a single value");
        return Optional.empty();
    }
}
