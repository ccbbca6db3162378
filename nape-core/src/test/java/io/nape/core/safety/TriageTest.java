package io.nape.core.safety;

import static io.nape.core.safety.RuleCondition.anySign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TriageTest {
    private static final TriageRule FEVER = new TriageRule(
            "fever", anySign(Sign.FEVER), TriageLevel.SEE_DOCTOR, ExerciseAdvice.GENTLE, "See a doctor.", "test");
    private static final TriageRule STIFF_NECK_WITH_FEVER = new TriageRule(
            "stiff-neck-with-fever",
            RuleCondition.allSigns(Sign.FEVER, Sign.STIFF_NECK),
            TriageLevel.URGENT,
            ExerciseAdvice.NONE,
            "Call emergency services now.",
            "test");
    private static final TriageRule DISC = new TriageRule(
            "disc",
            RuleCondition.anyCondition(Condition.DISC_HERNIATION),
            TriageLevel.SEE_DOCTOR,
            ExerciseAdvice.PRESCRIBED_ONLY,
            "Ask your doctor.",
            "test");
    private static final TriageRule STRAIN = new TriageRule(
            "strain",
            RuleCondition.onsetIn(Onset.OVERLOAD),
            TriageLevel.SELF_CARE,
            ExerciseAdvice.NONE,
            "Rest first.",
            "test");

    private final Triage triage = new Triage(List.of(FEVER, DISC, STRAIN, STIFF_NECK_WITH_FEVER));

    @Test
    void givesSelfCareWithEveryRoutineAllowedWhenNoRuleFires() {
        TriageResult result =
                triage.assess(SymptomReport.builder().signs(Sign.HEADACHE).build());

        assertThat(result).isEqualTo(TriageResult.clear());
        assertThat(result.level()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(result.exercise()).isEqualTo(ExerciseAdvice.ALLOWED);
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void takesTheMostSevereLevelAndListsEveryFiredRuleMostSevereFirst() {
        TriageResult result = triage.assess(
                SymptomReport.builder().signs(Sign.FEVER, Sign.STIFF_NECK).build());

        assertThat(result.level()).isEqualTo(TriageLevel.URGENT);
        assertThat(result.exercise()).isEqualTo(ExerciseAdvice.NONE);
        assertThat(result.firedRules()).containsExactly("stiff-neck-with-fever", "fever");
        assertThat(result.reasons().get(0))
                .isEqualTo(new Reason(
                        "stiff-neck-with-fever",
                        TriageLevel.URGENT,
                        ExerciseAdvice.NONE,
                        "Call emergency services now.",
                        "test"));
    }

    @Test
    void takesTheMostRestrictiveAdviceEvenFromALessSevereRule() {
        TriageResult result = triage.assess(
                SymptomReport.builder().signs(Sign.FEVER).onset(Onset.OVERLOAD).build());

        assertThat(result.level()).isEqualTo(TriageLevel.SEE_DOCTOR);
        assertThat(result.exercise()).isEqualTo(ExerciseAdvice.NONE);
        assertThat(result.firedRules()).containsExactly("fever", "strain");
    }

    @Test
    void keepsLevelAndAdviceApartForASelfCareRuleThatForbidsExercise() {
        TriageResult result =
                triage.assess(SymptomReport.builder().onset(Onset.OVERLOAD).build());

        assertThat(result.level()).isEqualTo(TriageLevel.SELF_CARE);
        assertThat(result.exercise()).isEqualTo(ExerciseAdvice.NONE);
    }

    @Test
    void ordersReasonsOfEqualLevelByRestrictionThenRuleOrder() {
        TriageResult result = triage.assess(SymptomReport.builder()
                .signs(Sign.FEVER)
                .conditions(Condition.DISC_HERNIATION)
                .build());

        assertThat(result.firedRules()).containsExactly("disc", "fever");
        assertThat(result.exercise()).isEqualTo(ExerciseAdvice.PRESCRIBED_ONLY);
    }

    @Test
    void putsAnEmergencyBeforeAnotherUrgentReason() {
        TriageRule today = new TriageRule(
                "help-today",
                anySign(Sign.HAND_CLUMSINESS),
                TriageLevel.URGENT,
                ExerciseAdvice.NONE,
                "Get medical help today.",
                "test");
        Triage both = new Triage(List.of(today, STIFF_NECK_WITH_FEVER));

        TriageResult result = both.assess(SymptomReport.builder()
                .signs(Sign.HAND_CLUMSINESS, Sign.FEVER, Sign.STIFF_NECK)
                .build());
        TriageResult todayOnly =
                both.assess(SymptomReport.builder().signs(Sign.HAND_CLUMSINESS).build());

        assertThat(result.firedRules()).containsExactly("stiff-neck-with-fever", "help-today");
        assertThat(result.isEmergency()).isTrue();
        assertThat(todayOnly.isEmergency()).isFalse();
        assertThat(todayOnly.isUrgent()).isTrue();
    }

    @Test
    void tellsStricterAdviceByLevelOrByExercise() {
        TriageResult urgent = triage.assess(
                SymptomReport.builder().signs(Sign.FEVER, Sign.STIFF_NECK).build());
        TriageResult restOnly =
                triage.assess(SymptomReport.builder().onset(Onset.OVERLOAD).build());

        assertThat(urgent.isStricterThan(TriageResult.clear())).isTrue();
        assertThat(restOnly.isStricterThan(TriageResult.clear())).isTrue();
        assertThat(TriageResult.clear().isStricterThan(restOnly)).isFalse();
        assertThat(urgent.isStricterThan(urgent)).isFalse();
    }

    @Test
    void rejectsTwoRulesWithTheSameId() {
        assertThatThrownBy(() -> new Triage(List.of(FEVER, FEVER)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule id \"fever\" is used twice");
    }

    @Test
    void rejectsAnUrgentRuleThatAllowsExercise() {
        assertThatThrownBy(() -> new TriageRule(
                        "x", anySign(Sign.FEVER), TriageLevel.URGENT, ExerciseAdvice.GENTLE, "Go today.", "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule x is urgent, so its exercise advice must be none, was gentle");
    }

    @Test
    void rejectsAnUrgentRuleThatDoesNotSayToActToday() {
        assertThatThrownBy(() -> new TriageRule(
                        "x",
                        anySign(Sign.FEVER),
                        TriageLevel.URGENT,
                        ExerciseAdvice.NONE,
                        "See a doctor soon.",
                        "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule x is urgent, so what it says must contain 'call emergency services' or 'today'");
    }

    @Test
    void rejectsARuleWithoutASentence() {
        assertThatThrownBy(() -> new TriageRule(
                        "x", anySign(Sign.FEVER), TriageLevel.SEE_DOCTOR, ExerciseAdvice.GENTLE, " ", "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule x needs a 'says' sentence");
    }
}
