package io.nape.core.safety;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Decide whether a triage rule fires for a report. Conditions are data: a few cases that read one
 * answer each, and {@link All} and {@link Any} to combine them. A condition on an answer the
 * report does not have is false.
 */
public sealed interface RuleCondition
        permits RuleCondition.AnySign,
                RuleCondition.AllSigns,
                RuleCondition.AnyCondition,
                RuleCondition.AgeBelow,
                RuleCondition.AgeAtLeast,
                RuleCondition.DaysSinceOnsetAbove,
                RuleCondition.Worsening,
                RuleCondition.OnsetIn,
                RuleCondition.PainAtLeast,
                RuleCondition.All,
                RuleCondition.Any {

    boolean matches(SymptomReport report);

    static RuleCondition anySign(Sign... signs) {
        return new AnySign(Set.of(signs));
    }

    static RuleCondition allSigns(Sign... signs) {
        return new AllSigns(Set.of(signs));
    }

    static RuleCondition anyCondition(Condition... conditions) {
        return new AnyCondition(Set.of(conditions));
    }

    static RuleCondition ageBelow(int years) {
        return new AgeBelow(years);
    }

    static RuleCondition ageAtLeast(int years) {
        return new AgeAtLeast(years);
    }

    static RuleCondition daysSinceOnsetAbove(int days) {
        return new DaysSinceOnsetAbove(days);
    }

    static RuleCondition worsening() {
        return new Worsening();
    }

    static RuleCondition onsetIn(Onset... onsets) {
        return new OnsetIn(Set.of(onsets));
    }

    static RuleCondition painAtLeast(int level) {
        return new PainAtLeast(level);
    }

    static RuleCondition all(RuleCondition... conditions) {
        return new All(Arrays.asList(conditions));
    }

    static RuleCondition any(RuleCondition... conditions) {
        return new Any(Arrays.asList(conditions));
    }

    /** True when the report has at least one of the signs. */
    record AnySign(Set<Sign> signs) implements RuleCondition {
        public AnySign {
            signs = Set.copyOf(requireSome(signs, "anySign"));
        }

        @Override
        public boolean matches(SymptomReport report) {
            return signs.stream().anyMatch(report::has);
        }
    }

    /** True when the report has every one of the signs. */
    record AllSigns(Set<Sign> signs) implements RuleCondition {
        public AllSigns {
            signs = Set.copyOf(requireSome(signs, "allSigns"));
        }

        @Override
        public boolean matches(SymptomReport report) {
            return signs.stream().allMatch(report::has);
        }
    }

    /** True when the report has at least one of the conditions. */
    record AnyCondition(Set<Condition> conditions) implements RuleCondition {
        public AnyCondition {
            conditions = Set.copyOf(requireSome(conditions, "anyCondition"));
        }

        @Override
        public boolean matches(SymptomReport report) {
            return conditions.stream().anyMatch(report::has);
        }
    }

    /** True when the person is younger than {@code years}. */
    record AgeBelow(int years) implements RuleCondition {
        public AgeBelow {
            requireAtLeastZero(years, "ageBelow");
        }

        @Override
        public boolean matches(SymptomReport report) {
            return report.age() != null && report.age() < years;
        }
    }

    /** True when the person is {@code years} old or older. */
    record AgeAtLeast(int years) implements RuleCondition {
        public AgeAtLeast {
            requireAtLeastZero(years, "ageAtLeast");
        }

        @Override
        public boolean matches(SymptomReport report) {
            return report.age() != null && report.age() >= years;
        }
    }

    /** True when the pain began more than {@code days} days ago. */
    record DaysSinceOnsetAbove(int days) implements RuleCondition {
        public DaysSinceOnsetAbove {
            requireAtLeastZero(days, "daysSinceOnsetAbove");
        }

        @Override
        public boolean matches(SymptomReport report) {
            return report.daysSinceOnset() != null && report.daysSinceOnset() > days;
        }
    }

    /** True when the person says the pain is getting worse. */
    record Worsening() implements RuleCondition {
        @Override
        public boolean matches(SymptomReport report) {
            return Boolean.TRUE.equals(report.worsening());
        }
    }

    /** True when the pain began in one of the given ways. */
    record OnsetIn(Set<Onset> onsets) implements RuleCondition {
        public OnsetIn {
            onsets = Set.copyOf(requireSome(onsets, "onsetIn"));
        }

        @Override
        public boolean matches(SymptomReport report) {
            return onsets.contains(report.onset());
        }
    }

    /** True when the pain is {@code level} or stronger. */
    record PainAtLeast(int level) implements RuleCondition {
        public PainAtLeast {
            if (level < 0 || level > SymptomReport.MAX_PAIN) {
                throw new IllegalArgumentException(
                        "painAtLeast must be 0-" + SymptomReport.MAX_PAIN + ", was " + level);
            }
        }

        @Override
        public boolean matches(SymptomReport report) {
            return report.painLevel() != null && report.painLevel() >= level;
        }
    }

    /** True when every one of the conditions is. */
    record All(List<RuleCondition> conditions) implements RuleCondition {
        public All {
            conditions = List.copyOf(requireSome(conditions, "all"));
        }

        @Override
        public boolean matches(SymptomReport report) {
            return conditions.stream().allMatch(condition -> condition.matches(report));
        }
    }

    /** True when at least one of the conditions is. */
    record Any(List<RuleCondition> conditions) implements RuleCondition {
        public Any {
            conditions = List.copyOf(requireSome(conditions, "any"));
        }

        @Override
        public boolean matches(SymptomReport report) {
            return conditions.stream().anyMatch(condition -> condition.matches(report));
        }
    }

    private static <C extends java.util.Collection<?>> C requireSome(C values, String name) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("'" + name + "' needs at least one value");
        }
        return values;
    }

    private static void requireAtLeastZero(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException("'" + name + "' must be 0 or more, was " + value);
        }
    }
}
