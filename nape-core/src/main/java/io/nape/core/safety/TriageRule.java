package io.nape.core.safety;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Say what to do when a condition holds: a level, an exercise advice and one plain sentence.
 *
 * @param id lower-case letters, digits and dashes, such as {@code meningitis-signs}
 * @param when the condition that makes the rule fire
 * @param says one plain sentence telling the person why and what to do
 * @param source where the rule comes from: the article, or a clinical guideline
 * @param emergency whether the rule tells people to call emergency services at once, so that the
 *     emergency banner shows; only an urgent rule can be one. This is data, so a translated
 *     sentence never changes which banner shows.
 */
public record TriageRule(
        String id,
        RuleCondition when,
        TriageLevel level,
        ExerciseAdvice exercise,
        String says,
        String source,
        boolean emergency) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final List<String> URGENT_WORDS =
            List.of("call emergency services", "today", "вызовите скорую", "сегодня");

    public TriageRule {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(exercise, "exercise");
        if (!isWellFormedId(id)) {
            throw new IllegalArgumentException(
                    "rule id must be lower-case letters, digits and dashes, was \"" + id + "\"");
        }
        if (says.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a 'says' sentence");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a 'source'");
        }
        if (level == TriageLevel.URGENT && exercise != ExerciseAdvice.NONE) {
            throw new IllegalArgumentException(
                    "rule " + id + " is urgent, so its exercise advice must be none, was " + Keys.of(exercise));
        }
        if (level == TriageLevel.URGENT && !soundsUrgent(says)) {
            throw new IllegalArgumentException(
                    "rule " + id + " is urgent, so what it says must contain 'call emergency services' or 'today'");
        }
        if (emergency && level != TriageLevel.URGENT) {
            throw new IllegalArgumentException(
                    "rule " + id + " is an emergency, so its level must be urgent, was " + Keys.of(level));
        }
    }

    /**
     * A rule that is an emergency when it is urgent and says, in English, to call emergency
     * services now: for rules written before emergencies were data.
     */
    public TriageRule(
            String id, RuleCondition when, TriageLevel level, ExerciseAdvice exercise, String says, String source) {
        this(id, when, level, exercise, says, source, Reason.soundsLikeEmergency(level, says));
    }

    public static boolean isWellFormedId(String id) {
        return ID.matcher(id).matches();
    }

    /**
     * Whether a sentence tells people to act today or to call emergency services, in a language
     * Nape speaks: English "today" or "call emergency services", Russian «сегодня» or «вызовите
     * скорую». The rules files use this to check the wording of urgent rules; whether a rule is an
     * emergency is its {@link #emergency()} field, never its words.
     */
    public static boolean soundsUrgent(String says) {
        String lower = says.toLowerCase(Locale.ROOT);
        return URGENT_WORDS.stream().anyMatch(lower::contains);
    }

    /** This rule saying its sentence in another language; all else stays. */
    public TriageRule withSays(String translated) {
        return new TriageRule(id, when, level, exercise, translated, source, emergency);
    }

    public boolean firesFor(SymptomReport report) {
        return when.matches(report);
    }
}
