package io.nape.core.safety;

import static io.nape.core.catalogue.CatalogueFixtures.aRoutine;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Part;
import io.nape.core.catalogue.Routine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafetyGateTest {
    private static final Instant CHECKED = Instant.parse("2026-03-30T08:00:00Z");
    private static final Routine ISOMETRIC =
            aRoutine("desk-a").withExercises("press").build();
    private static final Routine POSTURE =
            new Routine(ISOMETRIC.id(), "Posture", "Sit tall.", Part.POSTURE, ISOMETRIC.items(), 5, List.of());

    @Test
    void letsEveryRoutineStartWithoutACheckButAsksForOne() {
        SafetyGate.Decision decision = SafetyGate.decide(Optional.empty(), ISOMETRIC, CHECKED, Optional.empty());

        assertThat(decision.verdict()).isEqualTo(SafetyGate.Verdict.ALLOWED);
        assertThat(decision.recheck()).isEqualTo(SafetyGate.Recheck.NEVER_CHECKED);
    }

    @Test
    void blocksEverySessionWhileTheLatestCheckIsUrgent() {
        Optional<Screening> urgent = screening(TriageLevel.URGENT, ExerciseAdvice.NONE, CHECKED);

        assertThat(SafetyGate.decide(urgent, POSTURE, CHECKED.plusSeconds(60), Optional.empty())
                        .verdict())
                .isEqualTo(SafetyGate.Verdict.URGENT);
        assertThat(SafetyGate.decide(urgent, POSTURE, CHECKED.plus(Duration.ofDays(30)), Optional.empty())
                        .verdict())
                .as("an old urgent result stays in force until a new check")
                .isEqualTo(SafetyGate.Verdict.URGENT);
    }

    @Test
    void allowsOnlyTheGentlePartsUnderGentleAdvice() {
        Optional<Screening> gentle = screening(TriageLevel.SEE_DOCTOR, ExerciseAdvice.GENTLE, CHECKED);

        assertThat(SafetyGate.decide(gentle, ISOMETRIC, CHECKED, Optional.empty())
                        .verdict())
                .isEqualTo(SafetyGate.Verdict.NOT_ALLOWED);
        assertThat(SafetyGate.decide(gentle, POSTURE, CHECKED, Optional.empty()).verdict())
                .isEqualTo(SafetyGate.Verdict.ALLOWED);
    }

    @Test
    void asksForANewCheckAfterSevenDaysAndNotBefore() {
        Optional<Screening> clear = screening(TriageLevel.SELF_CARE, ExerciseAdvice.ALLOWED, CHECKED);

        assertThat(SafetyGate.decide(clear, ISOMETRIC, CHECKED.plus(Duration.ofDays(7)), Optional.empty())
                        .recheck())
                .isEqualTo(SafetyGate.Recheck.NONE);
        assertThat(SafetyGate.decide(
                                clear,
                                ISOMETRIC,
                                CHECKED.plus(Duration.ofDays(7)).plusSeconds(1),
                                Optional.empty())
                        .recheck())
                .isEqualTo(SafetyGate.Recheck.STALE);
    }

    @Test
    void asksForANewCheckAfterAPainOfSevenOrMore() {
        Optional<Screening> clear = screening(TriageLevel.SELF_CARE, ExerciseAdvice.ALLOWED, CHECKED);

        assertThat(SafetyGate.decide(clear, ISOMETRIC, CHECKED, Optional.of(6)).recheck())
                .isEqualTo(SafetyGate.Recheck.NONE);
        assertThat(SafetyGate.decide(clear, ISOMETRIC, CHECKED, Optional.of(7)).recheck())
                .isEqualTo(SafetyGate.Recheck.HIGH_PAIN);
    }

    private static Optional<Screening> screening(TriageLevel level, ExerciseAdvice exercise, Instant at) {
        Reason reason = new Reason("a-rule", level, exercise, "A sentence.", "A source.");
        return Optional.of(
                new Screening(1L, at, SymptomReport.empty(), new TriageResult(level, exercise, List.of(reason))));
    }
}
