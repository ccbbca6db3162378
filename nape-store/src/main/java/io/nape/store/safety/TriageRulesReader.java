package io.nape.store.safety;

import io.nape.core.safety.Condition;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.Onset;
import io.nape.core.safety.RuleCondition;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageRule;
import io.nape.store.yaml.Problems;
import io.nape.store.yaml.YamlFile;
import io.nape.store.yaml.YamlItem;
import io.nape.store.yaml.YamlMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Read one rules file, checking every field. Problems are added with the file and line; a rule
 * with a problem is left out, and the caller refuses the file if any problem was found.
 */
final class TriageRulesReader {
    private static final Set<String> FILE_KEYS = Set.of("rules");
    private static final Set<String> RULE_KEYS =
            Set.of("id", "when", "level", "exercise", "says", "source", "emergency");
    private static final Set<String> CONDITION_KEYS = new LinkedHashSet<>(List.of(
            "anySign",
            "allSigns",
            "anyCondition",
            "onsetIn",
            "ageBelow",
            "ageAtLeast",
            "painAtLeast",
            "daysSinceOnsetAbove",
            "worsening",
            "all",
            "any"));
    private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?]\\s+\\p{Lu}");

    private final Problems problems;

    TriageRulesReader(Problems problems) {
        this.problems = problems;
    }

    List<TriageRule> read(String file, String text) {
        if (text.isBlank()) {
            problems.add(file, 1, "the file is empty; it needs 'rules:'");
            return List.of();
        }
        Optional<YamlMap> parsed = YamlFile.parse(file, text, problems);
        if (parsed.isEmpty()) {
            return List.of();
        }
        YamlMap root = parsed.get();
        root.allowOnly(FILE_KEYS);
        List<YamlItem> items = root.items("rules");
        if (!root.has("rules")) {
            root.problem(root.line(), "'rules' is missing");
        } else if (items.isEmpty() && problems.isEmpty()) {
            root.problem(root.lineOf("rules"), "'rules' must list at least one rule");
        }
        List<TriageRule> rules = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (YamlItem item : items) {
            if (item.map() == null) {
                problems.add(
                        file,
                        item.line(),
                        "each rule must be a mapping with id, when, level, exercise, says and source");
                continue;
            }
            rule(item.map(), idLines).ifPresent(rules::add);
        }
        return rules;
    }

    private Optional<TriageRule> rule(YamlMap map, Map<String, Integer> idLines) {
        int before = problems.size();
        map.allowOnly(RULE_KEYS);
        Optional<String> id = id(map, idLines);
        Optional<RuleCondition> when = map.map("when").flatMap(this::condition);
        if (!map.has("when")) {
            map.problem(map.line(), "'when' is missing");
        }
        requireKey(map, "level", TriageLevel.class);
        requireKey(map, "exercise", ExerciseAdvice.class);
        Optional<TriageLevel> level = map.enumValue("level", TriageLevel.class);
        Optional<ExerciseAdvice> exercise = map.enumValue("exercise", ExerciseAdvice.class);
        String says = sentence(map, "says");
        String source = sentence(map, "source");
        boolean emergency = emergency(map, level);
        if (level.isPresent() && level.get() == TriageLevel.URGENT) {
            if (exercise.isPresent() && exercise.get() != ExerciseAdvice.NONE) {
                map.problem(
                        map.lineOf("exercise"),
                        "an urgent rule must advise 'exercise: none', was \""
                                + map.string("exercise").orElse("") + "\"");
            }
            if (!says.isBlank() && !TriageRule.soundsUrgent(says)) {
                map.problem(map.lineOf("says"), "an urgent rule must say 'call emergency services' or 'today'");
            }
        }
        if (problems.size() > before || id.isEmpty() || when.isEmpty() || level.isEmpty() || exercise.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new TriageRule(id.get(), when.get(), level.get(), exercise.get(), says, source, emergency));
        } catch (IllegalArgumentException invalid) {
            map.problem(map.line(), String.valueOf(invalid.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Whether the rule is marked {@code emergency: true}; only an urgent rule can be. Left out, a
     * rule is not an emergency.
     */
    private static boolean emergency(YamlMap map, Optional<TriageLevel> level) {
        Optional<String> value = map.string("emergency");
        if (value.isEmpty()) {
            return false;
        }
        String text = value.get().trim();
        if (!text.equals("true") && !text.equals("false")) {
            map.problem(map.lineOf("emergency"), "'emergency' can be true or false, was \"" + text + "\"");
            return false;
        }
        boolean emergency = text.equals("true");
        if (emergency && level.isPresent() && level.get() != TriageLevel.URGENT) {
            map.problem(
                    map.lineOf("emergency"),
                    "an emergency rule must have 'level: urgent', was \""
                            + map.string("level").orElse("") + "\"");
        }
        return emergency;
    }

    private static Optional<String> id(YamlMap map, Map<String, Integer> idLines) {
        if (!map.has("id")) {
            map.problem(map.line(), "'id' is missing");
            return Optional.empty();
        }
        Optional<String> id = map.string("id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (!TriageRule.isWellFormedId(id.get())) {
            map.problem(map.lineOf("id"), "id \"" + id.get() + "\" must be lower-case letters, digits and dashes");
            return Optional.empty();
        }
        Integer earlier = idLines.putIfAbsent(id.get(), map.lineOf("id"));
        if (earlier != null) {
            map.problem(map.lineOf("id"), "rule id \"" + id.get() + "\" is already used at line " + earlier);
            return Optional.empty();
        }
        return id;
    }

    private static String sentence(YamlMap map, String key) {
        if (!map.has(key)) {
            map.problem(map.line(), "'" + key + "' is missing");
            return "";
        }
        String text = map.string(key).orElse("").trim();
        if (text.isEmpty()) {
            map.problem(map.lineOf(key), "'" + key + "' must not be empty");
        } else if (key.equals("says")
                && (!text.endsWith(".") || SECOND_SENTENCE.matcher(text).find())) {
            map.problem(map.lineOf(key), "'says' must be one plain sentence ending with a full stop");
        }
        return text;
    }

    private Optional<RuleCondition> condition(YamlMap map) {
        map.allowOnly(CONDITION_KEYS);
        List<String> present = CONDITION_KEYS.stream().filter(map::has).toList();
        if (present.size() != 1) {
            map.problem(
                    map.line(),
                    "a condition needs exactly one of " + String.join(", ", CONDITION_KEYS)
                            + (present.isEmpty() ? "" : "; found " + String.join(", ", present)));
            return Optional.empty();
        }
        String key = present.get(0);
        switch (key) {
            case "anySign":
                return ids(map, key, Sign.class).map(RuleCondition.AnySign::new);
            case "allSigns":
                return ids(map, key, Sign.class).map(RuleCondition.AllSigns::new);
            case "anyCondition":
                return ids(map, key, Condition.class).map(RuleCondition.AnyCondition::new);
            case "onsetIn":
                return ids(map, key, Onset.class).map(RuleCondition.OnsetIn::new);
            case "ageBelow":
                return map.integer(key, 0, SymptomReport.MAX_AGE).map(RuleCondition.AgeBelow::new);
            case "ageAtLeast":
                return map.integer(key, 0, SymptomReport.MAX_AGE).map(RuleCondition.AgeAtLeast::new);
            case "painAtLeast":
                return map.integer(key, 0, SymptomReport.MAX_PAIN).map(RuleCondition.PainAtLeast::new);
            case "daysSinceOnsetAbove":
                return map.integer(key, 0, SymptomReport.MAX_DAYS).map(RuleCondition.DaysSinceOnsetAbove::new);
            case "worsening":
                return worsening(map);
            default:
                return combined(map, key);
        }
    }

    private <E extends Enum<E>> Optional<Set<E>> ids(YamlMap map, String key, Class<E> type) {
        int before = problems.size();
        List<E> values = map.enumList(key, type);
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (values.isEmpty()) {
            map.problem(map.lineOf(key), "'" + key + "' must list at least one id");
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(values));
    }

    private static Optional<RuleCondition> worsening(YamlMap map) {
        Optional<String> value = map.string("worsening");
        if (value.isPresent() && !value.get().trim().equals("true")) {
            map.problem(map.lineOf("worsening"), "'worsening' can only be true, was \"" + value.get() + "\"");
            return Optional.empty();
        }
        return value.map(text -> RuleCondition.worsening());
    }

    private Optional<RuleCondition> combined(YamlMap map, String key) {
        int before = problems.size();
        List<RuleCondition> parts = new ArrayList<>();
        List<YamlItem> items = map.items(key);
        for (YamlItem item : items) {
            if (item.map() == null) {
                map.problem(item.line(), "each item of '" + key + "' must be a condition, such as 'anySign: [fever]'");
                continue;
            }
            condition(item.map()).ifPresent(parts::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (parts.isEmpty()) {
            map.problem(map.lineOf(key), "'" + key + "' must list at least one condition");
            return Optional.empty();
        }
        return Optional.of(key.equals("all") ? new RuleCondition.All(parts) : new RuleCondition.Any(parts));
    }

    private static <E extends Enum<E>> void requireKey(YamlMap map, String key, Class<E> type) {
        if (!map.has(key)) {
            map.problem(map.line(), "'" + key + "' is missing; it must be one of " + YamlMap.choices(type));
        }
    }
}
