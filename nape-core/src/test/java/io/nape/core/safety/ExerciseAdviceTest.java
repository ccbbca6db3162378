package io.nape.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Part;
import org.junit.jupiter.api.Test;

class ExerciseAdviceTest {
    @Test
    void allowsEveryPartWhenAllowed() {
        assertThat(Part.values()).allMatch(ExerciseAdvice.ALLOWED::allows);
    }

    @Test
    void allowsOnlyPostureBreathingRelaxationAndSelfMassageWhenGentle() {
        assertThat(ExerciseAdvice.GENTLE.allowedParts())
                .containsExactlyInAnyOrder(Part.POSTURE, Part.BREATHING, Part.RELAXATION, Part.SELF_MASSAGE);
        assertThat(ExerciseAdvice.GENTLE.allows(Part.ISOMETRIC_COMPLEX)).isFalse();
        assertThat(ExerciseAdvice.GENTLE.allows(Part.YOGA)).isFalse();
        assertThat(ExerciseAdvice.GENTLE.allows(Part.CHAIR_STRETCH)).isFalse();
        assertThat(ExerciseAdvice.GENTLE.allows(Part.SIMPLE_EXERCISES)).isFalse();
    }

    @Test
    void allowsNothingFromTheCatalogueWhenPrescribedOnlyOrNone() {
        assertThat(Part.values()).noneMatch(ExerciseAdvice.PRESCRIBED_ONLY::allows);
        assertThat(Part.values()).noneMatch(ExerciseAdvice.NONE::allows);
    }

    @Test
    void ordersAdviceFromLeastToMostRestrictive() {
        assertThat(ExerciseAdvice.mostRestrictive(ExerciseAdvice.GENTLE, ExerciseAdvice.PRESCRIBED_ONLY))
                .isEqualTo(ExerciseAdvice.PRESCRIBED_ONLY);
        assertThat(ExerciseAdvice.mostRestrictive(ExerciseAdvice.NONE, ExerciseAdvice.ALLOWED))
                .isEqualTo(ExerciseAdvice.NONE);
        assertThat(TriageLevel.mostSevere(TriageLevel.URGENT, TriageLevel.SEE_DOCTOR))
                .isEqualTo(TriageLevel.URGENT);
    }

    @Test
    void saysToActTodayForTheUrgentLevel() {
        assertThat(TriageLevel.URGENT.meaning()).contains("today", "call emergency services");
        assertThat(TriageLevel.SEE_DOCTOR.meaning()).contains("doctor soon");
    }
}
