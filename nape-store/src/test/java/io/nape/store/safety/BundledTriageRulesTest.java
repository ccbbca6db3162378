package io.nape.store.safety;

import static io.nape.store.safety.Reports.aSymptomReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.safety.Condition;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.Onset;
import io.nape.core.safety.RuleCondition;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.Triage;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageRule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled rule fires for a case it is meant for, and stays silent for a near case. */
class BundledTriageRulesTest {
    private static final Triage TRIAGE = TriageRulesLoader.bundled();
    private static final Set<String> EMERGENCIES = Set.of(
            "meningitis-signs",
            "spinal-cord-signs",
            "neck-artery-signs",
            "sudden-severe-headache",
            "confusion",
            "injury-high-risk");

    static Stream<Arguments> firingAndNearCases() {
        return Stream.of(
                rule(
                        "meningitis-signs",
                        aSymptomReport().signs(Sign.FEVER, Sign.STIFF_NECK),
                        aSymptomReport().signs(Sign.FEVER, Sign.HEADACHE)),
                rule(
                        "spinal-cord-signs",
                        aSymptomReport().signs(Sign.HAND_CLUMSINESS),
                        aSymptomReport().signs(Sign.ARM_NUMBNESS)),
                rule(
                        "neck-artery-signs",
                        aSymptomReport().signs(Sign.DOUBLE_VISION),
                        aSymptomReport().signs(Sign.DIZZINESS)),
                rule(
                        "sudden-severe-headache",
                        aSymptomReport().signs(Sign.SEVERE_SUDDEN_HEADACHE),
                        aSymptomReport().signs(Sign.HEADACHE)),
                rule(
                        "confusion",
                        aSymptomReport().signs(Sign.CONFUSION),
                        aSymptomReport().signs(Sign.FAINTING)),
                rule(
                        "dizziness-after-sudden-onset",
                        aSymptomReport().onset(Onset.SUDDEN_MOVEMENT).signs(Sign.DIZZINESS),
                        aSymptomReport().onset(Onset.GRADUAL).signs(Sign.DIZZINESS)),
                rule(
                        "injury-high-risk",
                        aSymptomReport().onset(Onset.INJURY).age(70),
                        aSymptomReport().onset(Onset.INJURY).age(40).signs(Sign.STIFF_NECK)),
                rule(
                        "fever-weakened-immunity",
                        aSymptomReport().signs(Sign.FEVER).conditions(Condition.WEAKENED_IMMUNITY),
                        aSymptomReport().conditions(Condition.WEAKENED_IMMUNITY)),
                rule(
                        "aggressive-spasm",
                        aSymptomReport().signs(Sign.SPASM).painLevel(8),
                        aSymptomReport().signs(Sign.SPASM).painLevel(7)),
                rule(
                        "injury",
                        aSymptomReport().onset(Onset.INJURY),
                        aSymptomReport().onset(Onset.SUDDEN_MOVEMENT)),
                rule(
                        "pain-over-two-days",
                        aSymptomReport().daysSinceOnset(2.5),
                        aSymptomReport().daysSinceOnset(2.0)),
                rule(
                        "pain-growing",
                        aSymptomReport().worsening(true).daysSinceOnset(2.0),
                        aSymptomReport().worsening(true).daysSinceOnset(1.0)),
                rule(
                        "headache-lasting",
                        aSymptomReport().signs(Sign.HEADACHE).daysSinceOnset(3.0),
                        aSymptomReport().signs(Sign.HEADACHE).daysSinceOnset(1.0)),
                rule(
                        "pain-with-fever",
                        aSymptomReport().signs(Sign.CHILLS),
                        aSymptomReport().signs(Sign.RASH)),
                rule(
                        "pain-with-nausea",
                        aSymptomReport().signs(Sign.NAUSEA),
                        aSymptomReport().signs(Sign.HEADACHE)),
                rule(
                        "neck-needs-treatment",
                        aSymptomReport().signs(Sign.STIFF_NECK, Sign.HARD_TO_TURN_HEAD),
                        aSymptomReport().signs(Sign.STIFF_NECK)),
                rule(
                        "neck-needs-treatment",
                        aSymptomReport().signs(Sign.PAIN_ON_BENDING),
                        aSymptomReport().signs(Sign.SPASM)),
                rule(
                        "neck-needs-treatment",
                        aSymptomReport().onset(Onset.GRADUAL).signs(Sign.CANNOT_TURN_HEAD),
                        aSymptomReport().onset(Onset.GRADUAL).signs(Sign.STIFF_NECK, Sign.HEADACHE)),
                rule(
                        "constant-headaches",
                        aSymptomReport().signs(Sign.CONSTANT_HEADACHES),
                        aSymptomReport().signs(Sign.HEADACHE).daysSinceOnset(2.0)),
                rule(
                        "severe-pain",
                        aSymptomReport().painLevel(8),
                        aSymptomReport().painLevel(7)),
                rule(
                        "child-or-teenager",
                        aSymptomReport().age(17),
                        aSymptomReport().age(18)),
                rule(
                        "disc-diagnosis",
                        aSymptomReport().conditions(Condition.DISC_HERNIATION),
                        aSymptomReport().conditions(Condition.OSTEOPOROSIS)),
                rule(
                        "rest-after-strain",
                        aSymptomReport().onset(Onset.OVERLOAD),
                        aSymptomReport().onset(Onset.SUDDEN_MOVEMENT)),
                rule(
                        "involuntary-twitching",
                        aSymptomReport().signs(Sign.INVOLUNTARY_TWITCHING),
                        aSymptomReport().signs(Sign.SPASM)),
                rule(
                        "dizziness-or-fainting",
                        aSymptomReport().signs(Sign.VISION_DARKENING),
                        aSymptomReport().signs(Sign.HEADACHE)),
                rule(
                        "arm-nerve-signs",
                        aSymptomReport().signs(Sign.PAIN_INTO_ARM),
                        aSymptomReport().signs(Sign.STIFF_NECK)),
                rule(
                        "serious-illness-signs",
                        aSymptomReport().signs(Sign.NIGHT_PAIN),
                        aSymptomReport().signs(Sign.HEADACHE)),
                rule(
                        "cancer-history",
                        aSymptomReport().conditions(Condition.CANCER_HISTORY),
                        aSymptomReport().conditions(Condition.WEAKENED_IMMUNITY)),
                rule(
                        "bone-or-joint-condition",
                        aSymptomReport().conditions(Condition.RECENT_NECK_SURGERY),
                        aSymptomReport().conditions(Condition.OSTEOCHONDROSIS)),
                rule(
                        "first-neck-pain-after-55",
                        aSymptomReport().age(60).conditions(Condition.FIRST_NECK_PAIN_AFTER_55),
                        aSymptomReport().age(60)));
    }

    private static Arguments rule(String id, SymptomReport.Builder firing, SymptomReport.Builder near) {
        return Arguments.of(id, firing.build(), near.build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firingAndNearCases")
    void firesForItsCase(String rule, SymptomReport firing, SymptomReport near) {
        assertThat(TRIAGE.assess(firing).firedRules()).contains(rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firingAndNearCases")
    void staysSilentForTheNearCase(String rule, SymptomReport firing, SymptomReport near) {
        assertThat(TRIAGE.assess(near).firedRules()).doesNotContain(rule);
    }

    @Test
    void everyBundledRuleHasAFiringAndANearCase() {
        Set<String> tested = firingAndNearCases()
                .map(arguments -> (String) arguments.get()[0])
                .collect(Collectors.toSet());

        assertThat(ruleIds()).containsExactlyInAnyOrderElementsOf(tested);
    }

    @Test
    void everySignAndConditionIsReadByAtLeastOneRule() {
        Set<Sign> signs = EnumSet.noneOf(Sign.class);
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        TRIAGE.rules().forEach(rule -> collect(rule.when(), signs, conditions));

        assertThat(signs).containsExactlyInAnyOrder(Sign.values());
        assertThat(conditions).containsExactlyInAnyOrder(Condition.values());
    }

    @Test
    void everyUrgentRuleAdvisesNoExerciseAndSaysToActToday() {
        for (TriageRule rule : TRIAGE.rules()) {
            if (rule.level() == TriageLevel.URGENT) {
                assertThat(rule.exercise()).as(rule.id()).isEqualTo(ExerciseAdvice.NONE);
                assertThat(TriageRule.soundsUrgent(rule.says())).as(rule.id()).isTrue();
            }
        }
    }

    @Test
    void everyEmergencyRuleTellsPeopleToCallEmergencyServices() {
        List<TriageRule> emergencies = TRIAGE.rules().stream()
                .filter(rule -> EMERGENCIES.contains(rule.id()))
                .toList();

        assertThat(emergencies).hasSize(EMERGENCIES.size());
        assertThat(emergencies).allSatisfy(rule -> {
            assertThat(rule.level()).isEqualTo(TriageLevel.URGENT);
            assertThat(rule.says()).contains("call emergency services");
        });
    }

    @Test
    void selfCareRulesDoNotSoundUrgentAndDoctorRulesNameADoctor() {
        for (TriageRule rule : TRIAGE.rules()) {
            if (rule.level() == TriageLevel.SELF_CARE) {
                assertThat(TriageRule.soundsUrgent(rule.says())).as(rule.id()).isFalse();
            } else {
                assertThat(rule.says()).as(rule.id()).containsAnyOf("doctor", "emergency");
            }
        }
    }

    @Test
    void everyRuleNamesItsSource() {
        assertThat(TRIAGE.rules())
                .allSatisfy(rule -> assertThat(rule.source()).matches("(Source article|NICE|IFOMPT|Canadian).*"));
    }

    private static Set<String> ruleIds() {
        return TRIAGE.rules().stream().map(TriageRule::id).collect(Collectors.toSet());
    }

    private static void collect(RuleCondition condition, Set<Sign> signs, Set<Condition> conditions) {
        if (condition instanceof RuleCondition.AnySign anySign) {
            signs.addAll(anySign.signs());
        } else if (condition instanceof RuleCondition.AllSigns allSigns) {
            signs.addAll(allSigns.signs());
        } else if (condition instanceof RuleCondition.AnyCondition anyCondition) {
            conditions.addAll(anyCondition.conditions());
        } else if (condition instanceof RuleCondition.All all) {
            all.conditions().forEach(part -> collect(part, signs, conditions));
        } else if (condition instanceof RuleCondition.Any any) {
            any.conditions().forEach(part -> collect(part, signs, conditions));
        }
    }
}
