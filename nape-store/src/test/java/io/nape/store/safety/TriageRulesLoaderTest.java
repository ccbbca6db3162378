package io.nape.store.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.Triage;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageRulesLoaderTest {
    private static final String GOOD = String.join(
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
            "      any:",
            "        - daysSinceOnsetAbove: 2",
            "        - worsening: true",
            "    level: see-doctor",
            "    exercise: gentle",
            "    says: See a doctor soon.",
            "    source: the article",
            "");

    private static List<String> problemsOf(String text) {
        InvalidTriageRulesException failure = catchThrowableOfType(
                InvalidTriageRulesException.class, () -> TriageRulesLoader.load("rules.yaml", text));
        assertThat(failure).as("loading should fail").isNotNull();
        return failure.problems();
    }

    @Test
    void loadsAWellFormedFileIntoWorkingRules() {
        Triage triage = TriageRulesLoader.load("rules.yaml", GOOD);

        TriageResult result = triage.assess(
                SymptomReport.builder().signs(Sign.FEVER, Sign.STIFF_NECK).build());

        assertThat(triage.rules()).extracting(rule -> rule.id()).containsExactly("fever-and-stiff-neck", "long-pain");
        assertThat(result.level()).isEqualTo(TriageLevel.URGENT);
        assertThat(result.firedRules()).containsExactly("fever-and-stiff-neck");
    }

    @Test
    void reportsInvalidYamlWithItsLine() {
        List<String> problems = problemsOf("rules:\n  - id: [unclosed\n");

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("rules.yaml:3: this is not valid YAML: ");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(problemsOf("  \n")).containsExactly("rules.yaml:1: the file is empty; it needs 'rules:'");
    }

    @Test
    void reportsAMissingRulesList() {
        assertThat(problemsOf("notes: none\n"))
                .containsExactly(
                        "rules.yaml:1: unknown key 'notes'; expected one of: rules",
                        "rules.yaml:1: 'rules' is missing");
    }

    @Test
    void reportsUnknownSignAndConditionIdsListingTheValidOnes() {
        String text = String.join(
                "\n",
                "rules:",
                "  - id: typo",
                "    when:",
                "      all:",
                "        - anySign: [fever, fevr]",
                "        - anyCondition: [diabetes]",
                "    level: see-doctor",
                "    exercise: gentle",
                "    says: See a doctor.",
                "    source: a guideline",
                "");

        assertThat(problemsOf(text))
                .containsExactly(
                        "rules.yaml:5: 'anySign' must be one of " + Sign.allKeys() + ", was \"fevr\"",
                        "rules.yaml:6: 'anyCondition' must be one of " + io.nape.core.safety.Condition.allKeys()
                                + ", was \"diabetes\"");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnceWithFileAndLine() {
        String text = String.join(
                "\n",
                "rules:",
                "  - id: first",
                "    when:",
                "      ageBelow: 200",
                "    level: critical",
                "    exercise: some",
                "    says: See a doctor. Then rest.",
                "    source: a guideline",
                "  - id: first",
                "    when:",
                "      worsening: false",
                "    level: urgent",
                "    exercise: gentle",
                "    says: Book a visit soon.",
                "    source: a guideline",
                "  - id: Bad Id",
                "    when:",
                "      painAtLeast: 8",
                "      anySign: [spasm]",
                "    level: self-care",
                "    exercise: allowed",
                "    colour: red",
                "  - just a line",
                "");

        assertThat(problemsOf(text))
                .containsExactly(
                        "rules.yaml:4: 'ageBelow' must be 0-120, was 200",
                        "rules.yaml:5: 'level' must be one of self-care, see-doctor, urgent, was \"critical\"",
                        "rules.yaml:6: 'exercise' must be one of allowed, gentle, prescribed-only, none, was \"some\"",
                        "rules.yaml:7: 'says' must be one plain sentence ending with a full stop",
                        "rules.yaml:9: rule id \"first\" is already used at line 2",
                        "rules.yaml:11: 'worsening' can only be true, was \"false\"",
                        "rules.yaml:13: an urgent rule must advise 'exercise: none', was \"gentle\"",
                        "rules.yaml:14: an urgent rule must say 'call emergency services' or 'today'",
                        "rules.yaml:22: unknown key 'colour'; expected one of: emergency, exercise, id, level, says, source, when",
                        "rules.yaml:16: id \"Bad Id\" must be lower-case letters, digits and dashes",
                        "rules.yaml:18: a condition needs exactly one of anySign, allSigns, anyCondition, onsetIn,"
                                + " ageBelow, ageAtLeast, painAtLeast, daysSinceOnsetAbove, worsening, all, any;"
                                + " found anySign, painAtLeast",
                        "rules.yaml:16: 'says' is missing",
                        "rules.yaml:16: 'source' is missing",
                        "rules.yaml:23: each rule must be a mapping with id, when, level, exercise, says and source");
    }

    @Test
    void reportsAnEmptyConditionListAndAScalarInACombination() {
        String text = String.join(
                "\n",
                "rules:",
                "  - id: empty",
                "    when:",
                "      any:",
                "        - anySign: []",
                "        - fever",
                "    level: see-doctor",
                "    exercise: gentle",
                "    says: See a doctor.",
                "    source: a guideline",
                "");

        assertThat(problemsOf(text))
                .containsExactly(
                        "rules.yaml:5: 'anySign' must list at least one id",
                        "rules.yaml:6: each item of 'any' must be a condition, such as 'anySign: [fever]'");
    }

    @Test
    void failsWithEveryProblemInTheMessage() {
        InvalidTriageRulesException failure = catchThrowableOfType(
                InvalidTriageRulesException.class, () -> TriageRulesLoader.load("rules.yaml", "rules: []\n"));

        assertThat(failure.getMessage())
                .isEqualTo("The triage rules in rules.yaml have 1 problem:\n"
                        + "  rules.yaml:1: 'rules' must list at least one rule");
    }

    @Test
    void loadsTheBundledRulesOnceWithoutProblems() {
        Triage triage = TriageRulesLoader.bundled();

        assertThat(triage.rules()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(TriageRulesLoader.bundled()).isSameAs(triage);
    }
}
