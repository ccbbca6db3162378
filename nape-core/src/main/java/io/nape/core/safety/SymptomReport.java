package io.nape.core.safety;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Hold what a person reports about their neck pain. Every answer is optional: {@code null} means
 * not answered, and a rule never fires on an answer it does not have.
 *
 * @param age in whole years
 * @param painLevel now, 0 (none) to 10 (the worst imaginable)
 * @param daysSinceOnset days since the pain began; fractions allowed
 * @param worsening whether the pain is getting worse
 */
public record SymptomReport(
        @Nullable Integer age,
        @Nullable Integer painLevel,
        @Nullable Double daysSinceOnset,
        @Nullable Boolean worsening,
        Onset onset,
        Set<Sign> signs,
        Set<Condition> conditions) {
    public static final int MAX_AGE = 120;
    public static final int MAX_PAIN = 10;
    public static final int MAX_DAYS = 36_500;

    public SymptomReport {
        Objects.requireNonNull(onset, "onset");
        signs = Set.copyOf(signs);
        conditions = Set.copyOf(conditions);
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new InvalidSymptomReportException("age must be 0-" + MAX_AGE + ", was " + age);
        }
        if (painLevel != null && (painLevel < 0 || painLevel > MAX_PAIN)) {
            throw new InvalidSymptomReportException("painLevel must be 0-" + MAX_PAIN + ", was " + painLevel);
        }
        if (daysSinceOnset != null && (daysSinceOnset.isNaN() || daysSinceOnset < 0 || daysSinceOnset > MAX_DAYS)) {
            throw new InvalidSymptomReportException(
                    "daysSinceOnset must be 0-" + MAX_DAYS + ", was " + formatDays(daysSinceOnset));
        }
    }

    /** A report with no answers at all. */
    public static SymptomReport empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether the report says nothing about the neck: no pain level, no days, no worsening, no
     * onset, no sign and no condition (an age alone says nothing about the pain).
     */
    public boolean saysNothingAboutTheNeck() {
        return painLevel == null
                && daysSinceOnset == null
                && worsening == null
                && onset == Onset.UNKNOWN
                && signs.isEmpty()
                && conditions.isEmpty();
    }

    public boolean has(Sign sign) {
        return signs.contains(sign);
    }

    public boolean has(Condition condition) {
        return conditions.contains(condition);
    }

    static String formatDays(double days) {
        return days == Math.rint(days) && !Double.isInfinite(days) ? Long.toString((long) days) : Double.toString(days);
    }

    /** Build a report one answer at a time, as a questionnaire or a parser does. */
    public static final class Builder {
        private @Nullable Integer age;
        private @Nullable Integer painLevel;
        private @Nullable Double daysSinceOnset;
        private @Nullable Boolean worsening;
        private Onset onset = Onset.UNKNOWN;
        private final Set<Sign> signs = EnumSet.noneOf(Sign.class);
        private final Set<Condition> conditions = EnumSet.noneOf(Condition.class);

        private Builder() {}

        public Builder age(@Nullable Integer years) {
            this.age = years;
            return this;
        }

        public Builder painLevel(@Nullable Integer level) {
            this.painLevel = level;
            return this;
        }

        public Builder daysSinceOnset(@Nullable Double days) {
            this.daysSinceOnset = days;
            return this;
        }

        public Builder worsening(@Nullable Boolean isWorsening) {
            this.worsening = isWorsening;
            return this;
        }

        public Builder onset(Onset newOnset) {
            this.onset = newOnset;
            return this;
        }

        public Builder signs(Collection<Sign> more) {
            signs.addAll(more);
            return this;
        }

        public Builder signs(Sign... more) {
            return signs(Arrays.asList(more));
        }

        public Builder conditions(Collection<Condition> more) {
            conditions.addAll(more);
            return this;
        }

        public Builder conditions(Condition... more) {
            return conditions(Arrays.asList(more));
        }

        public SymptomReport build() {
            return new SymptomReport(age, painLevel, daysSinceOnset, worsening, onset, signs, conditions);
        }
    }
}
