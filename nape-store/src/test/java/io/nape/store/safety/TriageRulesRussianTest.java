package io.nape.store.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.Triage;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageRule;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The triage rules in Russian: every sentence there, the rules themselves unchanged. */
class TriageRulesRussianTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Triage ENGLISH = TriageRulesLoader.bundled();
    private static final Triage TRIAGE = TriageRulesLoader.bundled(RUSSIAN);
    private static final Pattern MIXED_WORD =
            Pattern.compile("\\p{IsCyrillic}+\\p{IsLatin}|\\p{IsLatin}+\\p{IsCyrillic}");

    private static final String ENGLISH_RULES = String.join(
            "\n",
            "rules:",
            "  - id: fever-and-stiff-neck",
            "    when:",
            "      allSigns: [fever, stiff-neck]",
            "    level: urgent",
            "    exercise: none",
            "    says: Call emergency services now.",
            "    source: a guideline",
            "  - id: long-pain",
            "    when:",
            "      daysSinceOnsetAbove: 2",
            "    level: see-doctor",
            "    exercise: gentle",
            "    says: Pain for more than 2 days needs a doctor soon.",
            "    source: the article",
            "");
    private static final Triage SMALL = TriageRulesLoader.load("rules.yaml", ENGLISH_RULES);

    private static List<String> problemsOf(String text) {
        InvalidTriageRulesException failure = catchThrowableOfType(
                InvalidTriageRulesException.class, () -> TriageRulesLoader.translate(SMALL, "ru/rules.yaml", text));
        assertThat(failure).as("loading should fail").isNotNull();
        return failure.problems();
    }

    @Test
    void everyRuleSaysItsSentenceInRussianAndKeepsAllElse() {
        assertThat(TRIAGE.rules()).hasSameSizeAs(ENGLISH.rules());
        for (int index = 0; index < ENGLISH.rules().size(); index++) {
            TriageRule english = ENGLISH.rules().get(index);
            TriageRule russian = TRIAGE.rules().get(index);

            assertThat(russian.says()).as(english.id()).containsPattern("\\p{IsCyrillic}");
            assertThat(russian.says()).as(english.id()).doesNotContainPattern(MIXED_WORD);
            assertThat(russian.says()).as(english.id()).doesNotContain("\"", " - ");
            assertThat(russian.withSays(english.says())).isEqualTo(english);
        }
    }

    @Test
    void urgentRulesSayToCallEmergencyServicesOrActTodayAndSelfCareRulesDoNot() {
        for (TriageRule rule : TRIAGE.rules()) {
            if (rule.level() == TriageLevel.URGENT) {
                assertThat(TriageRule.soundsUrgent(rule.says())).as(rule.id()).isTrue();
            } else if (rule.level() == TriageLevel.SELF_CARE) {
                assertThat(TriageRule.soundsUrgent(rule.says())).as(rule.id()).isFalse();
            } else {
                assertThat(rule.says()).as(rule.id()).containsAnyOf("врач", "скорую");
            }
            if (ENGLISH.rules().stream()
                    .anyMatch(english ->
                            english.id().equals(rule.id()) && english.says().contains("call emergency services"))) {
                assertThat(rule.says()).as(rule.id()).contains("вызовите скорую помощь");
            }
        }
    }

    @Test
    void assessesAReportAsTheEnglishRulesDoWithRussianReasons() {
        SymptomReport report =
                SymptomReport.builder().signs(Sign.FEVER, Sign.STIFF_NECK).build();

        assertThat(TRIAGE.assess(report).level())
                .isEqualTo(ENGLISH.assess(report).level());
        assertThat(TRIAGE.assess(report).firedRules())
                .isEqualTo(ENGLISH.assess(report).firedRules());
        assertThat(TRIAGE.assess(report).reasons())
                .allSatisfy(reason -> assertThat(reason.says()).containsPattern("\\p{IsCyrillic}"));
    }

    @Test
    void aRegionalTagGivesTheLanguageAndAnUnshippedLanguageGivesEnglish() {
        assertThat(TriageRulesLoader.bundled(Locale.forLanguageTag("ru-RU"))).isSameAs(TRIAGE);
        assertThat(TriageRulesLoader.bundled(Locale.GERMAN)).isSameAs(ENGLISH);
        assertThat(TriageRulesLoader.bundled(Locale.ENGLISH)).isSameAs(ENGLISH);
    }

    @Test
    void translatesAWellFormedFile() {
        Triage russian = TriageRulesLoader.translate(
                SMALL,
                "ru/rules.yaml",
                String.join(
                        "\n",
                        "rules:",
                        "  - id: fever-and-stiff-neck",
                        "    says: Сейчас же вызовите скорую помощь.",
                        "  - id: long-pain",
                        "    says: Боль дольше 2 дней требует врача.",
                        ""));

        assertThat(russian.rules())
                .extracting(TriageRule::says)
                .containsExactly("Сейчас же вызовите скорую помощь.", "Боль дольше 2 дней требует врача.");
    }

    @Test
    void reportsEachProblemOfARussianRulesFileWithFileAndLine() {
        List<String> problems = problemsOf(String.join(
                "\n",
                "rules:",
                "  - id: fever-and-stiff-neck",
                "    says: Обратитесь к врачу.",
                "  - id: no-such-rule",
                "    says: Что-то.",
                "  - id: fever-and-stiff-neck",
                "    says: Ещё раз.",
                "  - id: long-pain",
                "    says: Боль дольше 3 дней. Требует врача.",
                "    level: urgent",
                ""));

        assertThat(problems)
                .containsExactly(
                        "ru/rules.yaml:3: an urgent rule must say «вызовите скорую» or «сегодня» (or, in English,"
                                + " 'call emergency services' or 'today')",
                        "ru/rules.yaml:4: there is no rule \"no-such-rule\" in the English rules; check the id",
                        "ru/rules.yaml:6: rule \"fever-and-stiff-neck\" already has a sentence at line 2",
                        "ru/rules.yaml:10: unknown key 'level'; expected one of: id, says",
                        "ru/rules.yaml:9: 'says' must be one plain sentence ending with a full stop",
                        "ru/rules.yaml:9: 'says' has the figures [3] but the English has [2]; keep every figure as it is");
    }

    @Test
    void reportsARuleWithoutASentenceAndAnEmptySentence() {
        List<String> problems =
                problemsOf(String.join("\n", "rules:", "  - id: fever-and-stiff-neck", "    says: \"\"", ""));

        assertThat(problems)
                .containsExactly(
                        "ru/rules.yaml:3: 'says' must not be empty",
                        "ru/rules.yaml:2: rule \"long-pain\" has no sentence here; every rule needs one in every"
                                + " language");
    }
}
