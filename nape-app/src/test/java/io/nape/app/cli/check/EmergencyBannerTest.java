package io.nape.app.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.RuleCondition;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.Triage;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import io.nape.core.safety.TriageRule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The emergency banner follows the rule's {@code emergency} mark, in English and in Russian. */
class EmergencyBannerTest {
    private static TriageRule rule(boolean emergency) {
        return new TriageRule(
                "marked",
                new RuleCondition.AnySign(Set.of(Sign.FEVER)),
                TriageLevel.URGENT,
                ExerciseAdvice.NONE,
                "Get medical help today.",
                "a guideline",
                emergency);
    }

    private static String printed(Triage triage, Language language) {
        TriageResult result =
                triage.assess(SymptomReport.builder().signs(Sign.FEVER).build());
        StringWriter out = new StringWriter();
        TriageText.print(new PrintWriter(out, true), result, Texts.of(language));
        return out.toString();
    }

    @Test
    void aMarkedRuleWithoutEnglishUrgentWordsShowsTheEmergencyBanner() {
        Triage english = new Triage(List.of(rule(true)));
        Triage russian = english.withSays(Map.of("marked", "Сегодня же обратитесь за медицинской помощью."));

        assertThat(printed(english, Language.ENGLISH))
                .contains(Texts.of(Language.ENGLISH).get("check.emergency.heading"));
        assertThat(printed(russian, Language.RUSSIAN))
                .contains("СРОЧНО: ВЫЗОВИТЕ СКОРУЮ ПОМОЩЬ.")
                .doesNotContain(Texts.of(Language.RUSSIAN).get("check.urgent.heading"));
    }

    @Test
    void anUnmarkedUrgentRuleShowsTheUrgentBannerInstead() {
        Triage russian = new Triage(List.of(rule(false)))
                .withSays(Map.of("marked", "Сегодня же обратитесь за медицинской помощью."));

        assertThat(printed(russian, Language.RUSSIAN))
                .contains(Texts.of(Language.RUSSIAN).get("check.urgent.heading"))
                .doesNotContain("СРОЧНО: ВЫЗОВИТЕ СКОРУЮ ПОМОЩЬ.");
    }
}
