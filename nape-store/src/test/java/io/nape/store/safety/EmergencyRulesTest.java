package io.nape.store.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.Triage;
import io.nape.core.safety.TriageResult;
import io.nape.core.safety.TriageRule;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Whether a rule is an emergency comes from its {@code emergency} field, not from its words. */
class EmergencyRulesTest {
    private static final String RULES = String.join(
            "\n",
            "rules:",
            "  - id: marked",
            "    when:",
            "      anySign: [fever]",
            "    level: urgent",
            "    exercise: none",
            "    says: Get medical help today.",
            "    emergency: true",
            "    source: a guideline",
            "  - id: not-marked",
            "    when:",
            "      anySign: [rash]",
            "    level: urgent",
            "    exercise: none",
            "    says: Call emergency services now.",
            "    source: a guideline",
            "");
    private static final String RUSSIAN = String.join(
            "\n",
            "rules:",
            "  - id: marked",
            "    says: Сегодня же обратитесь за медицинской помощью.",
            "  - id: not-marked",
            "    says: Сейчас же вызовите скорую помощь.",
            "");

    private static TriageResult assess(Triage triage, Sign sign) {
        return triage.assess(SymptomReport.builder().signs(sign).build());
    }

    private static List<String> problemsOf(String text) {
        InvalidTriageRulesException failure = catchThrowableOfType(
                InvalidTriageRulesException.class, () -> TriageRulesLoader.load("rules.yaml", text));
        assertThat(failure).as("loading should fail").isNotNull();
        return failure.problems();
    }

    @Test
    void aMarkedRuleIsAnEmergencyThoughItsWordsDoNotSaySo() {
        Triage english = TriageRulesLoader.load("rules.yaml", RULES);

        assertThat(assess(english, Sign.FEVER).isEmergency()).isTrue();
        assertThat(assess(english, Sign.RASH).isEmergency()).isFalse();
        assertThat(assess(english, Sign.RASH).isUrgent()).isTrue();
    }

    @Test
    void russianSentencesDoNotChangeWhichRuleIsAnEmergency() {
        Triage russian =
                TriageRulesLoader.translate(TriageRulesLoader.load("rules.yaml", RULES), "ru/rules.yaml", RUSSIAN);

        assertThat(russian.rules()).extracting(TriageRule::says).allMatch(says -> !says.contains("emergency"));
        assertThat(assess(russian, Sign.FEVER).isEmergency()).isTrue();
        assertThat(assess(russian, Sign.RASH).isEmergency()).isFalse();
    }

    @Test
    void theBundledRulesMarkTheirEmergenciesInEveryLanguage() {
        List<String> english = TriageRulesLoader.bundled().rules().stream()
                .filter(TriageRule::emergency)
                .map(TriageRule::id)
                .toList();
        List<String> russian = TriageRulesLoader.bundled(Locale.forLanguageTag("ru")).rules().stream()
                .filter(TriageRule::emergency)
                .map(TriageRule::id)
                .toList();

        assertThat(english)
                .containsExactly("meningitis-signs", "neck-artery-signs", "sudden-severe-headache", "confusion");
        assertThat(russian).isEqualTo(english);
    }

    @Test
    void anEmergencyMustBeUrgent() {
        List<String> problems = problemsOf(RULES.replace(
                "level: urgent\n    exercise: none\n    says: Get medical",
                "level: see-doctor\n    exercise: gentle\n    says: Get medical"));

        assertThat(problems)
                .containsExactly("rules.yaml:8: an emergency rule must have 'level: urgent', was \"see-doctor\"");
    }

    @Test
    void emergencyIsTrueOrFalse() {
        List<String> problems = problemsOf(RULES.replace("emergency: true", "emergency: yes please"));

        assertThat(problems).containsExactly("rules.yaml:8: 'emergency' can be true or false, was \"yes please\"");
    }
}
