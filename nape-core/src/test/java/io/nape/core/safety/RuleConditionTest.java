package io.nape.core.safety;

import static io.nape.core.safety.RuleCondition.ageAtLeast;
import static io.nape.core.safety.RuleCondition.ageBelow;
import static io.nape.core.safety.RuleCondition.all;
import static io.nape.core.safety.RuleCondition.allSigns;
import static io.nape.core.safety.RuleCondition.any;
import static io.nape.core.safety.RuleCondition.anyCondition;
import static io.nape.core.safety.RuleCondition.anySign;
import static io.nape.core.safety.RuleCondition.daysSinceOnsetAbove;
import static io.nape.core.safety.RuleCondition.onsetIn;
import static io.nape.core.safety.RuleCondition.painAtLeast;
import static io.nape.core.safety.RuleCondition.worsening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleConditionTest {
    private static final SymptomReport NOTHING_ANSWERED = SymptomReport.empty();

    @Test
    void matchesAnyOrAllOfTheSigns() {
        SymptomReport report = SymptomReport.builder().signs(Sign.FEVER).build();

        assertThat(anySign(Sign.FEVER, Sign.RASH).matches(report)).isTrue();
        assertThat(allSigns(Sign.FEVER, Sign.RASH).matches(report)).isFalse();
        assertThat(anyCondition(Condition.OSTEOPOROSIS).matches(report)).isFalse();
    }

    @Test
    void comparesAgeDaysAndPainAtTheirBoundaries() {
        SymptomReport report =
                SymptomReport.builder().age(18).daysSinceOnset(2.0).painLevel(8).build();

        assertThat(ageBelow(18).matches(report)).isFalse();
        assertThat(ageAtLeast(18).matches(report)).isTrue();
        assertThat(daysSinceOnsetAbove(2).matches(report)).isFalse();
        assertThat(daysSinceOnsetAbove(1).matches(report)).isTrue();
        assertThat(painAtLeast(8).matches(report)).isTrue();
        assertThat(painAtLeast(9).matches(report)).isFalse();
    }

    @Test
    void neverFiresOnAnAnswerThatWasNotGiven() {
        assertThat(List.of(ageBelow(18), ageAtLeast(0), daysSinceOnsetAbove(0), painAtLeast(0), worsening()))
                .noneMatch(condition -> condition.matches(NOTHING_ANSWERED));
    }

    @Test
    void readsWorseningAndOnset() {
        SymptomReport report =
                SymptomReport.builder().worsening(true).onset(Onset.INJURY).build();

        assertThat(worsening().matches(report)).isTrue();
        assertThat(onsetIn(Onset.INJURY, Onset.OVERLOAD).matches(report)).isTrue();
        assertThat(onsetIn(Onset.GRADUAL).matches(report)).isFalse();
    }

    @Test
    void combinesConditionsWithAllAndAny() {
        SymptomReport report =
                SymptomReport.builder().age(70).onset(Onset.INJURY).build();

        assertThat(all(onsetIn(Onset.INJURY), ageAtLeast(65)).matches(report)).isTrue();
        assertThat(all(onsetIn(Onset.INJURY), anySign(Sign.CANNOT_TURN_HEAD)).matches(report))
                .isFalse();
        assertThat(any(anySign(Sign.CANNOT_TURN_HEAD), ageAtLeast(65)).matches(report))
                .isTrue();
    }

    @Test
    void rejectsAnEmptyListOfSigns() {
        assertThatThrownBy(() -> new RuleCondition.AnySign(Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'anySign' needs at least one value");
    }

    @Test
    void rejectsAPainThresholdAboveTen() {
        assertThatThrownBy(() -> painAtLeast(11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("painAtLeast must be 0-10, was 11");
    }
}
