package io.nape.store.safety;

import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageRule;
import io.nape.store.yaml.Problems;
import io.nape.store.yaml.YamlFile;
import io.nape.store.yaml.YamlItem;
import io.nape.store.yaml.YamlMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Read the sentences of the triage rules in one language: every rule has one, each one plain
 * sentence ending with a full stop, keeping the English sentence's figures, and an urgent rule's
 * still says to call emergency services or to act today. Problems are added with the file and line.
 */
final class TriageRulesTextsReader {
    private static final Set<String> RULE_KEYS = Set.of("id", "says");
    private static final Pattern SECOND_SENTENCE = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final Pattern FIGURE = Pattern.compile("\\d+");

    private final Problems problems;

    TriageRulesTextsReader(Problems problems) {
        this.problems = problems;
    }

    /** The sentence of each rule by id. */
    Map<String, String> read(String file, String text, List<TriageRule> english) {
        if (text.isBlank()) {
            problems.add(file, 1, "the file is empty; it needs 'rules:' with the sentence of every rule");
            return Map.of();
        }
        Optional<YamlMap> parsed = YamlFile.parse(file, text, problems);
        if (parsed.isEmpty()) {
            return Map.of();
        }
        YamlMap root = parsed.get();
        root.allowOnly(Set.of("rules"));
        Map<String, TriageRule> rules = new LinkedHashMap<>();
        english.forEach(rule -> rules.put(rule.id(), rule));
        Map<String, String> says = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlItem item : root.items("rules")) {
            if (item.map() == null) {
                problems.add(file, item.line(), "each rule must be a mapping with 'id:' and 'says:'");
            } else {
                rule(item.map(), rules, seen).ifPresent(found -> says.put(found.getKey(), found.getValue()));
            }
        }
        for (String id : rules.keySet()) {
            if (!seen.containsKey(id)) {
                root.problem(
                        root.lineOf("rules"),
                        "rule \"" + id + "\" has no sentence here; every rule needs one in every language");
            }
        }
        return says;
    }

    private Optional<Map.Entry<String, String>> rule(
            YamlMap map, Map<String, TriageRule> rules, Map<String, Integer> seen) {
        int before = problems.size();
        map.allowOnly(RULE_KEYS);
        if (!map.has("id")) {
            map.problem(map.line(), "'id' is missing");
        }
        Optional<String> id = map.string("id");
        TriageRule rule = null;
        if (id.isPresent()) {
            Integer earlier = seen.putIfAbsent(id.get(), map.lineOf("id"));
            rule = earlier == null ? rules.get(id.get()) : null;
            if (earlier != null) {
                map.problem(map.lineOf("id"), "rule \"" + id.get() + "\" already has a sentence at line " + earlier);
            } else if (rule == null) {
                map.problem(
                        map.lineOf("id"), "there is no rule \"" + id.get() + "\" in the English rules; check the id");
            }
        }
        String says = map.requireString("says").trim();
        int line = map.lineOf("says");
        if (map.has("says") && says.isEmpty()) {
            map.problem(line, "'says' must not be empty");
        } else if (!says.isEmpty()
                && (!says.endsWith(".") || SECOND_SENTENCE.matcher(says).find())) {
            map.problem(line, "'says' must be one plain sentence ending with a full stop");
        }
        if (rule != null && !says.isEmpty()) {
            if (rule.level() == TriageLevel.URGENT && !TriageRule.soundsUrgent(says)) {
                map.problem(
                        line,
                        "an urgent rule must say «вызовите скорую» or «сегодня» (or, in English, 'call"
                                + " emergency services' or 'today')");
            }
            List<String> expected = figures(rule.says());
            List<String> found = figures(says);
            if (!expected.equals(found)) {
                map.problem(
                        line,
                        "'says' has the figures " + found + " but the English has " + expected
                                + "; keep every figure as it is");
            }
        }
        if (problems.size() > before || rule == null) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(rule.id(), says));
    }

    private static List<String> figures(String text) {
        List<String> figures = new ArrayList<>();
        Matcher matcher = FIGURE.matcher(text);
        while (matcher.find()) {
            figures.add(matcher.group());
        }
        figures.sort(null);
        return figures;
    }
}
