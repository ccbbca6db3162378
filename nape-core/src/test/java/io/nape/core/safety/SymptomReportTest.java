package io.nape.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SymptomReportTest {
    @Test
    void rejectsPainAboveTen() {
        assertThatThrownBy(() -> SymptomReport.builder().painLevel(12).build())
                .isInstanceOf(InvalidSymptomReportException.class)
                .hasMessage("painLevel must be 0-10, was 12");
    }

    @Test
    void rejectsANegativeAgeAndAnAgeAbove120() {
        assertThatThrownBy(() -> SymptomReport.builder().age(-1).build()).hasMessage("age must be 0-120, was -1");
        assertThatThrownBy(() -> SymptomReport.builder().age(121).build()).hasMessage("age must be 0-120, was 121");
    }

    @Test
    void rejectsNegativeOrImpossibleDays() {
        assertThatThrownBy(() -> SymptomReport.builder().daysSinceOnset(-0.5).build())
                .hasMessage("daysSinceOnset must be 0-36500, was -0.5");
        assertThatThrownBy(
                        () -> SymptomReport.builder().daysSinceOnset(Double.NaN).build())
                .hasMessage("daysSinceOnset must be 0-36500, was NaN");
        assertThatThrownBy(() -> SymptomReport.builder()
                        .daysSinceOnset(Double.POSITIVE_INFINITY)
                        .build())
                .hasMessage("daysSinceOnset must be 0-36500, was Infinity");
    }

    @Test
    void acceptsTheEdgesOfEveryRange() {
        SymptomReport report =
                SymptomReport.builder().age(0).painLevel(10).daysSinceOnset(0.0).build();

        assertThat(report.age()).isZero();
        assertThat(report.painLevel()).isEqualTo(10);
    }

    @Test
    void leavesEveryAnswerOpenWhenNothingIsAnswered() {
        SymptomReport report = SymptomReport.empty();

        assertThat(report.age()).isNull();
        assertThat(report.painLevel()).isNull();
        assertThat(report.daysSinceOnset()).isNull();
        assertThat(report.worsening()).isNull();
        assertThat(report.onset()).isEqualTo(Onset.UNKNOWN);
        assertThat(report.signs()).isEmpty();
        assertThat(report.conditions()).isEmpty();
    }

    @Test
    void keepsEachSignOnceWhenGivenTwice() {
        SymptomReport report =
                SymptomReport.builder().signs(Sign.FEVER, Sign.FEVER).build();

        assertThat(report.signs()).containsExactly(Sign.FEVER);
    }

    @Test
    void givesEveryIdInLowerCaseWithDashesAndFindsItAgain() {
        assertThat(Sign.SEVERE_SUDDEN_HEADACHE.key()).isEqualTo("severe-sudden-headache");
        assertThat(Condition.FIRST_NECK_PAIN_AFTER_55.key()).isEqualTo("first-neck-pain-after-55");
        assertThat(Onset.SUDDEN_MOVEMENT.key()).isEqualTo("sudden-movement");
        for (Sign sign : Sign.values()) {
            assertThat(Sign.fromKey(sign.key())).contains(sign);
        }
        for (Condition condition : Condition.values()) {
            assertThat(Condition.fromKey(condition.key())).contains(condition);
        }
        for (Onset onset : Onset.values()) {
            assertThat(Onset.fromKey(onset.key())).contains(onset);
        }
        assertThat(Sign.fromKey("SPASM")).isEmpty();
    }

    @Test
    void saysNothingAboutTheNeckOnlyWithoutAnyAnswerButAge() {
        assertThat(SymptomReport.empty().saysNothingAboutTheNeck()).isTrue();
        assertThat(SymptomReport.builder().age(40).build().saysNothingAboutTheNeck())
                .isTrue();
        assertThat(SymptomReport.builder().painLevel(0).build().saysNothingAboutTheNeck())
                .isFalse();
        assertThat(SymptomReport.builder().signs(Sign.HEADACHE).build().saysNothingAboutTheNeck())
                .isFalse();
        assertThat(SymptomReport.builder()
                        .conditions(Condition.OSTEOPOROSIS)
                        .build()
                        .saysNothingAboutTheNeck())
                .isFalse();
        assertThat(SymptomReport.builder().onset(Onset.INJURY).build().saysNothingAboutTheNeck())
                .isFalse();
        assertThat(SymptomReport.builder().worsening(false).build().saysNothingAboutTheNeck())
                .isFalse();
    }
}
