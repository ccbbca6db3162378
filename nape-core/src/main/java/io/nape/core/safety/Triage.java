package io.nape.core.safety;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assess a symptom report against a list of rules.
 *
 * <p>Model: every rule is checked on its own, and every rule that fires is kept as a reason. The
 * result takes the most severe level and the most restrictive exercise advice among them, so
 * adding a rule can only make advice more cautious, never less. No rule firing means self-care
 * with every routine allowed. The engine is a pure function: no clock, no I/O, no state.
 *
 * <p>The rules themselves are data (the bundled file in {@code nape-store}), drawn from the
 * source article and from recognised neck-pain red flags: NICE CKS neck pain, the IFOMPT
 * framework for the cervical region, and the Canadian C-spine rule.
 */
public final class Triage {
    private final List<TriageRule> rules;

    public Triage(List<TriageRule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (TriageRule rule : this.rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule id \"" + rule.id() + "\" is used twice");
            }
        }
    }

    public List<TriageRule> rules() {
        return rules;
    }

    /**
     * These rules saying their sentences in another language, given by rule id; a rule without a
     * sentence there keeps its own. A sentence for an unknown rule is refused.
     */
    public Triage withSays(Map<String, String> saysById) {
        Set<String> ids = new HashSet<>();
        rules.forEach(rule -> ids.add(rule.id()));
        for (String id : saysById.keySet()) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("a sentence for rule \"" + id + "\", which does not exist");
            }
        }
        return new Triage(rules.stream()
                .map(rule -> saysById.containsKey(rule.id()) ? rule.withSays(saysById.get(rule.id())) : rule)
                .toList());
    }

    public TriageResult assess(SymptomReport report) {
        return TriageResult.of(
                rules.stream().filter(rule -> rule.firesFor(report)).toList());
    }
}
