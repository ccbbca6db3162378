package io.nape.core.programme;

import static io.nape.core.programme.RecordBuilder.COMPLEX;
import static io.nape.core.programme.RecordBuilder.aRecord;
import static io.nape.core.programme.RecordBuilder.at;
import static io.nape.core.programme.RecordBuilder.march;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.PainMean;
import io.nape.core.safety.ExerciseAdvice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hand-computed cases of every rule, each with its near case. The base: a person in Berlin who began
 * on Monday 2 March 2026 at 08:00 at gentle; 2 to 10 March 2 of 3 due sessions a day, 11 March 3 of 3:
 * 21 of 30 = 70%; a pain of 3 every evening at 20:00; a check on 9 March at 09:00 allowing every
 * routine. It is Thursday 12 March, 07:00.
 *
 * <pre>
 * ten days      2-11 March (today 12 March, the day of the beginning counts)
 * adherence     9 * 2 + 3 = 21 of 30: 100 * 21 = 2100 >= 70 * 30 = 2100, enough
 * start mean    the 7 days ending 2 March (24 February - 2 March): one entry, 3 -> 3/1
 * end mean      the 7 days ending 11 March (5-11 March): 7 entries, 21 -> 21/7 = 3, no higher
 * check         2 days 22 hours old, ALLOWED
 * </pre>
 */
class ProgrammeTest {
    private static final Instant THURSDAY_MORNING = at(12, 7, 0);

    private static RecordBuilder tenGoodDays() {
        return aRecord()
                .withDays(march(2), march(10), 3, 2)
                .withDay(march(11), 3, 3)
                .withPainEachDay(march(2), march(11), 3)
                .withCheck(at(9, 9, 0), ExerciseAdvice.ALLOWED);
    }

    private static ProgrammeReview review(RecordBuilder builder, Instant now) {
        return Programme.review(builder.build(), now);
    }

    @Test
    void aNewPersonStartsAtGentle() {
        ProgrammeReview review = review(aRecord().beganAt(THURSDAY_MORNING), THURSDAY_MORNING);

        assertThat(Programme.level(List.of())).isEqualTo(DosageLevel.GENTLE);
        assertThat(review.level()).isEqualTo(DosageLevel.GENTLE);
        assertThat(review.change()).isEmpty();
        assertThat(review.check()).isEmpty();
        assertThat(review.holds()).containsExactlyInAnyOrder(StepUpHold.TOO_SOON, StepUpHold.NO_CHECK);
    }

    @Test
    void stepsUpAfterTenGoodDays() {
        ProgrammeReview review = review(tenGoodDays(), THURSDAY_MORNING);

        Instant midnight = Instant.parse("2026-03-11T23:00:00Z");
        SteadyProgress reason = new SteadyProgress(
                march(2),
                march(11),
                new Adherence(30, 30, 21),
                new PainMean(LocalDate.of(2026, 2, 24), march(2), 1, 3),
                new PainMean(march(5), march(11), 7, 21));
        assertThat(review.holds()).isEmpty();
        assertThat(review.change())
                .contains(new Proposal(
                        new ProposalId("step-up@2026-03-11T23:00:00Z"),
                        midnight,
                        ProposalKind.STEP_UP,
                        DosageLevel.GENTLE,
                        DosageLevel.STANDARD,
                        reason));
        assertThat(review.check()).isEmpty();
    }

    @Test
    void waitsUntilTheTenthDayIsOver() {
        ProgrammeReview review = review(tenGoodDays(), at(11, 23, 59));

        assertThat(review.change()).isEmpty();
        assertThat(review.holds()).containsExactly(StepUpHold.TOO_SOON);
    }

    @Test
    void waitsWhenLessThanSeventyPercentOfDueSessionsWereTaken() {
        RecordBuilder twentyOfThirty = aRecord()
                .withDays(march(2), march(11), 3, 2)
                .withPainEachDay(march(2), march(11), 3)
                .withCheck(at(9, 9, 0), ExerciseAdvice.ALLOWED);

        ProgrammeReview review = review(twentyOfThirty, THURSDAY_MORNING);

        assertThat(review.change()).isEmpty();
        assertThat(review.holds()).containsExactly(StepUpHold.LOW_ADHERENCE);
    }

    @Test
    void waitsWhenNothingWasDue() {
        RecordBuilder nothingDue = aRecord()
                .withDays(march(2), march(11), 0, 0)
                .withPainEachDay(march(2), march(11), 3)
                .withCheck(at(9, 9, 0), ExerciseAdvice.ALLOWED);

        assertThat(review(nothingDue, THURSDAY_MORNING).holds()).containsExactly(StepUpHold.LOW_ADHERENCE);
    }

    @Test
    void waitsWhenThePainMeanIsHigherThanAtTheStart() {
        // end mean (21 + 4) / 8 = 3.125 > 3; the 4 is only 1 point above its mean, no flare-up
        ProgrammeReview review = review(tenGoodDays().withPain(at(11, 21, 0), 4), THURSDAY_MORNING);

        assertThat(review.change()).isEmpty();
        assertThat(review.holds()).containsExactly(StepUpHold.PAIN_HIGHER);
    }

    @Test
    void stepsUpWhenThePainMeanIsLower() {
        ProgrammeReview review = review(tenGoodDays().withPain(at(11, 21, 0), 2), THURSDAY_MORNING);

        assertThat(review.change().map(Proposal::kind)).contains(ProposalKind.STEP_UP);
    }

    @Test
    void waitsWhenNoPainWasLoggedInTheFirstWeek() {
        RecordBuilder painFromTheThird = aRecord()
                .withDays(march(2), march(10), 3, 2)
                .withDay(march(11), 3, 3)
                .withPainEachDay(march(3), march(11), 3)
                .withCheck(at(9, 9, 0), ExerciseAdvice.ALLOWED);

        assertThat(review(painFromTheThird, THURSDAY_MORNING).holds()).containsExactly(StepUpHold.PAIN_NOT_LOGGED);
    }

    @Test
    void aStopForPainInTheTenDaysHoldsAtGentle() {
        ProgrammeReview review = review(tenGoodDays().withStop(at(5, 18, 0)), THURSDAY_MORNING);

        assertThat(review.change()).isEmpty();
        assertThat(review.holds()).containsExactly(StepUpHold.STOPPED_FOR_PAIN);
    }

    @Test
    void aStopForPainBeforeTheTenDaysDoesNotHold() {
        ProgrammeReview review = review(tenGoodDays().beganAt(at(1, 8, 0)).withStop(at(1, 18, 0)), THURSDAY_MORNING);

        assertThat(review.change().map(Proposal::kind)).contains(ProposalKind.STEP_UP);
    }

    @ParameterizedTest
    @EnumSource(
            value = ExerciseAdvice.class,
            names = {"GENTLE", "PRESCRIBED_ONLY", "NONE"})
    void neverStepsUpWhileTheAdviceIsNotAllowed(ExerciseAdvice advice) {
        ProgrammeReview review = review(tenGoodDays().withCheck(at(9, 9, 0), advice), THURSDAY_MORNING);

        assertThat(review.change()).isEmpty();
        assertThat(review.holds()).containsExactly(StepUpHold.ADVICE_NOT_ALLOWED);
    }

    @Test
    void neverStepsUpWithoutACheck() {
        ProgrammeReview review = review(tenGoodDays().withoutCheck(), THURSDAY_MORNING);

        assertThat(review.change()).isEmpty();
        assertThat(review.holds()).containsExactly(StepUpHold.NO_CHECK);
    }

    @Test
    void stepsUpWithACheckExactlySevenDaysOld() {
        ProgrammeReview review = review(tenGoodDays().withCheck(at(5, 7, 0), ExerciseAdvice.ALLOWED), THURSDAY_MORNING);

        assertThat(review.change().map(Proposal::kind)).contains(ProposalKind.STEP_UP);
    }

    @Test
    void neverStepsUpWithACheckOlderThanSevenDays() {
        Instant checked = at(5, 7, 0).minus(Duration.ofSeconds(1));

        ProgrammeReview review = review(tenGoodDays().withCheck(checked, ExerciseAdvice.ALLOWED), THURSDAY_MORNING);

        assertThat(review.change()).isEmpty();
        assertThat(review.holds()).containsExactly(StepUpHold.CHECK_STALE);
    }

    @Test
    void staysAtFull() {
        RecordBuilder atFull = tenGoodDays()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(1, 7, 0))
                .withLevel(DosageLevel.STANDARD, DosageLevel.FULL, at(1, 7, 30));

        ProgrammeReview review = review(atFull, THURSDAY_MORNING);

        assertThat(review.level()).isEqualTo(DosageLevel.FULL);
        assertThat(review.change()).isEmpty();
        assertThat(review.holds()).containsExactly(StepUpHold.AT_TOP);
    }

    @Test
    void stepsFromStandardToFullAfterTenGoodDaysAtStandard() {
        RecordBuilder atStandard = tenGoodDays().withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0));

        ProgrammeReview review = review(atStandard, THURSDAY_MORNING);

        assertThat(review.change().map(Proposal::to)).contains(DosageLevel.FULL);
    }

    @Test
    void aDeclinedStepUpWaitsTenDaysAgain() {
        Proposal stepUp = review(tenGoodDays(), THURSDAY_MORNING).change().orElseThrow();
        RecordBuilder declined = tenGoodDays()
                .withDecision(ProposalDecision.declined(stepUp, at(12, 7, 30)))
                .withDays(march(12), march(21), 3, 3)
                .withPainEachDay(march(12), march(21), 3);

        assertThat(review(declined, at(13, 7, 0)).holds()).containsExactly(StepUpHold.TOO_SOON);
        ProgrammeReview tenDaysLater = review(declined.withCheck(at(20, 9, 0), ExerciseAdvice.ALLOWED), at(22, 7, 0));
        assertThat(tenDaysLater.level()).isEqualTo(DosageLevel.GENTLE);
        assertThat(tenDaysLater.change().map(Proposal::id)).contains(new ProposalId("step-up@2026-03-21T23:00:00Z"));
    }

    @Test
    void aPersonWhoStartsAtStandardStepsDownAtOnceAfterAStopWithoutAnyDecision() {
        ProgrammeReview review =
                review(tenGoodDays().startingAt(DosageLevel.STANDARD).withStop(at(10, 18, 0)), at(10, 18, 5));

        assertThat(review.level()).isEqualTo(DosageLevel.STANDARD);
        assertThat(review.change()).map(Proposal::to).contains(DosageLevel.GENTLE);
        assertThat(Programme.level(List.of(), DosageLevel.STANDARD)).isEqualTo(DosageLevel.STANDARD);
    }

    @Test
    void stepsDownAtOnceAfterASessionStoppedForPain() {
        RecordBuilder stopped = tenGoodDays()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0))
                .withStop(at(10, 18, 0));

        ProgrammeReview review = review(stopped, at(10, 18, 5));

        Instant stop = Instant.parse("2026-03-10T17:00:00Z");
        assertThat(review.change())
                .contains(new Proposal(
                        new ProposalId("step-down@2026-03-10T17:00:00Z"),
                        stop,
                        ProposalKind.STEP_DOWN,
                        DosageLevel.STANDARD,
                        DosageLevel.GENTLE,
                        new StoppedForPain(stop, COMPLEX)));
        assertThat(review.holds()).contains(StepUpHold.STEPPING_DOWN);
        assertThat(review.check()).isEmpty();
    }

    @Test
    void stepsDownOneLevelForSeveralOpenFlareUpsNamedByTheLatest() {
        RecordBuilder twice = tenGoodDays()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(1, 7, 0))
                .withLevel(DosageLevel.STANDARD, DosageLevel.FULL, at(2, 9, 0))
                .withStop(at(9, 18, 0))
                .withStop(at(10, 18, 0));

        ProgrammeReview review = review(twice, at(10, 18, 5));

        assertThat(review.change().map(Proposal::to)).contains(DosageLevel.STANDARD);
        assertThat(review.change().map(Proposal::at)).contains(at(10, 18, 0));
        assertThat(review.holds()).contains(StepUpHold.AT_TOP, StepUpHold.STEPPING_DOWN);
    }

    @Test
    void sessionsEndedOtherwiseDoNotStepDown() {
        RecordBuilder ended = tenGoodDays()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0))
                .withSession(at(10, 17, 0), SessionOutcome.QUIT)
                .withSession(at(10, 18, 0), SessionOutcome.SKIPPED_PARTS)
                .withSession(at(10, 19, 0), SessionOutcome.COMPLETED);

        assertThat(review(ended, at(10, 19, 30)).change()).isEmpty();
    }

    @Test
    void aStopAfterNowIsNotRead() {
        RecordBuilder stopped = tenGoodDays()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0))
                .withStop(at(10, 18, 0));

        assertThat(review(stopped, at(10, 17, 59)).change()).isEmpty();
    }

    /** 4 to 10 March at 20:00: 7 entries of 3 before 10 March 21:00; 3 March 20:00 is more than 7 days before. */
    @Test
    void stepsDownAtOnceAfterAPainTwoPointsAboveTheWeeksMean() {
        RecordBuilder flaring = tenGoodDays()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0))
                .withPain(at(10, 21, 0), 5);

        ProgrammeReview review = review(flaring, at(10, 21, 5));

        Instant entry = Instant.parse("2026-03-10T20:00:00Z");
        assertThat(review.change().map(Proposal::reason)).contains(new PainAboveMean(entry, 5, 7, 21));
        assertThat(review.change().map(Proposal::to)).contains(DosageLevel.GENTLE);
    }

    @Test
    void aPainLessThanTwoPointsAboveTheMeanDoesNotStepDown() {
        RecordBuilder oneAbove = tenGoodDays()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0))
                .withPain(at(10, 21, 0), 4);

        assertThat(review(oneAbove, at(10, 21, 5)).change()).isEmpty();
    }

    /** Mean 8/3 = 2.67: a 5 is 2.33 above it (3 * 5 - 8 = 7 >= 6), a 4 only 1.33 (12 - 8 = 4 < 6). */
    @Test
    void comparesWithTheMeanOnExactFractions() {
        assertThat(review(weekOfTwoThreeThree().withPain(at(6, 20, 0), 4), at(6, 21, 0))
                        .change())
                .isEmpty();
        assertThat(review(weekOfTwoThreeThree().withPain(at(6, 20, 0), 5), at(6, 21, 0))
                        .change()
                        .map(Proposal::reason))
                .contains(new PainAboveMean(at(6, 20, 0), 5, 3, 8));
    }

    private static RecordBuilder weekOfTwoThreeThree() {
        return aRecord()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0))
                .withPain(at(3, 20, 0), 2)
                .withPain(at(4, 20, 0), 3)
                .withPain(at(5, 20, 0), 3);
    }

    @Test
    void aFirstEntryHasNoMeanToRiseAbove() {
        RecordBuilder first = aRecord()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0))
                .withPain(at(3, 20, 0), 3)
                .withPain(at(10, 20, 1), 9);

        assertThat(review(first, at(10, 21, 0)).change()).isEmpty();
    }

    @Test
    void aDecidedStepDownIsNotProposedAgainButTheNextStopIs() {
        RecordBuilder stopped = tenGoodDays()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0))
                .withStop(at(10, 18, 0));
        Proposal stepDown = review(stopped, at(10, 18, 5)).change().orElseThrow();
        stopped.withDecision(ProposalDecision.declined(stepDown, at(10, 18, 30)));

        ProgrammeReview declined = review(stopped, at(10, 19, 0));
        ProgrammeReview nextStop = review(stopped.withStop(at(11, 18, 0)), at(11, 18, 5));

        assertThat(declined.level()).isEqualTo(DosageLevel.STANDARD);
        assertThat(declined.change()).isEmpty();
        assertThat(nextStop.change().map(Proposal::id)).contains(new ProposalId("step-down@2026-03-11T17:00:00Z"));
    }

    @Test
    void aStopSinceAStepUpWasProposedStillStepsDownAfterItIsConfirmed() {
        Proposal stepUp = review(tenGoodDays(), THURSDAY_MORNING).change().orElseThrow();
        RecordBuilder confirmedLate =
                tenGoodDays().withStop(at(12, 8, 0)).withDecision(ProposalDecision.confirmed(stepUp, at(12, 9, 0)));

        ProgrammeReview review = review(confirmedLate, at(12, 9, 5));

        assertThat(review.level()).isEqualTo(DosageLevel.STANDARD);
        assertThat(review.change().map(Proposal::kind)).contains(ProposalKind.STEP_DOWN);
    }

    @Test
    void proposesACheckAfterTwoFlareUpsInSevenDays() {
        RecordBuilder twice = tenGoodDays().withStop(at(4, 18, 0)).withStop(at(10, 18, 0));

        ProgrammeReview review = review(twice, at(10, 18, 5));

        Instant second = Instant.parse("2026-03-10T17:00:00Z");
        assertThat(review.check())
                .contains(new Proposal(
                        new ProposalId("check@2026-03-10T17:00:00Z"),
                        second,
                        ProposalKind.CHECK,
                        DosageLevel.GENTLE,
                        DosageLevel.GENTLE,
                        new RepeatedFlareUps(List.of(
                                new StoppedForPain(at(4, 18, 0), COMPLEX), new StoppedForPain(second, COMPLEX)))));
    }

    @Test
    void countsAStopAndAPainAboveTheMeanAsTwoFlareUps() {
        RecordBuilder both = tenGoodDays()
                .withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0))
                .withStop(at(10, 18, 0))
                .withPain(at(10, 18, 30), 6);

        ProgrammeReview review = review(both, at(10, 19, 0));

        assertThat(review.check().map(Proposal::reason).map(ProposalReason::kind))
                .contains(ReasonKind.REPEATED_FLARE_UPS);
        assertThat(review.change().map(Proposal::reason)).contains(new PainAboveMean(at(10, 18, 30), 6, 7, 21));
    }

    @Test
    void proposesACheckForFlareUpsExactlySevenDaysApart() {
        RecordBuilder weekApart = tenGoodDays().withStop(at(3, 18, 0)).withStop(at(10, 18, 0));

        assertThat(review(weekApart, at(10, 18, 5)).check()).isPresent();
    }

    @Test
    void proposesNoCheckForFlareUpsMoreThanSevenDaysApart() {
        RecordBuilder moreThanAWeek = tenGoodDays()
                .withStop(at(3, 18, 0).minus(Duration.ofSeconds(1)))
                .withStop(at(10, 18, 0));

        assertThat(review(moreThanAWeek, at(10, 18, 5)).check()).isEmpty();
    }

    @Test
    void proposesNoCheckOnceACheckWasTakenAfterTheLatestFlareUp() {
        RecordBuilder checked = tenGoodDays()
                .withStop(at(4, 18, 0))
                .withStop(at(10, 18, 0))
                .withCheck(at(10, 18, 30), ExerciseAdvice.ALLOWED);

        assertThat(review(checked, at(10, 19, 0)).check()).isEmpty();
    }

    @Test
    void aCheckBetweenTheFlareUpsDoesNotAnswerTheSecond() {
        RecordBuilder checkedBetween = tenGoodDays()
                .withStop(at(4, 18, 0))
                .withCheck(at(7, 9, 0), ExerciseAdvice.ALLOWED)
                .withStop(at(10, 18, 0));

        assertThat(review(checkedBetween, at(10, 19, 0)).check()).isPresent();
    }

    @Test
    void aDeclinedCheckIsNotProposedAgain() {
        RecordBuilder twice = tenGoodDays().withStop(at(4, 18, 0)).withStop(at(10, 18, 0));
        Proposal check = review(twice, at(10, 18, 5)).check().orElseThrow();
        twice.withDecision(ProposalDecision.declined(check, at(10, 18, 10)));

        ProgrammeReview review = review(twice, at(10, 18, 15));

        assertThat(review.check()).isEmpty();
        assertThat(review.level()).isEqualTo(DosageLevel.GENTLE);
    }

    @Test
    void proposesNoCheckWhenTheLatestFlareUpIsOlderThanSevenDays() {
        RecordBuilder twice = tenGoodDays().withStop(at(4, 18, 0)).withStop(at(10, 18, 0));

        assertThat(review(twice, at(17, 18, 0)).check()).isPresent();
        assertThat(review(twice, at(17, 18, 1)).check()).isEmpty();
    }

    @Test
    void theLevelIsThatOfTheLatestConfirmedChange() {
        Proposal up = RecordBuilder.levelProposal(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0));
        Proposal down = RecordBuilder.levelProposal(DosageLevel.STANDARD, DosageLevel.GENTLE, at(3, 9, 0));

        assertThat(Programme.level(List.of(
                        ProposalDecision.declined(down, at(3, 9, 5)), ProposalDecision.confirmed(up, at(2, 9, 5)))))
                .isEqualTo(DosageLevel.STANDARD);
        assertThat(Programme.level(List.of(
                        ProposalDecision.confirmed(down, at(3, 9, 5)), ProposalDecision.confirmed(up, at(2, 9, 5)))))
                .isEqualTo(DosageLevel.GENTLE);
    }

    @Test
    void aDecisionAfterNowIsNotRead() {
        RecordBuilder later = tenGoodDays().withLevel(DosageLevel.GENTLE, DosageLevel.STANDARD, at(12, 8, 0));

        assertThat(review(later, THURSDAY_MORNING).level()).isEqualTo(DosageLevel.GENTLE);
    }

    @Test
    void aProposalMovesOneLevelWithAReasonOfItsKind() {
        Instant now = THURSDAY_MORNING;
        StoppedForPain stop = new StoppedForPain(now, COMPLEX);
        ProposalId id = ProposalId.of(ProposalKind.STEP_DOWN, now);

        assertThatThrownBy(
                        () -> new Proposal(id, now, ProposalKind.STEP_DOWN, DosageLevel.FULL, DosageLevel.GENTLE, stop))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a step-down proposal cannot go from full to gentle");
        assertThatThrownBy(() -> new Proposal(id, now, ProposalKind.CHECK, DosageLevel.FULL, DosageLevel.FULL, stop))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a check proposal cannot have the reason stopped-for-pain");
        assertThatThrownBy(() -> new RepeatedFlareUps(List.of(stop))).hasMessage("need at least 2 flare-ups, was 1");
    }

    @Test
    void aDecisionCannotComeBeforeItsProposal() {
        Proposal up = RecordBuilder.levelProposal(DosageLevel.GENTLE, DosageLevel.STANDARD, at(2, 9, 0));

        assertThatThrownBy(() -> ProposalDecision.confirmed(up, at(2, 8, 59)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("decidedAt 2026-03-02T07:59:00Z is before");
        assertThat(Optional.of(up).map(Proposal::changesLevel)).contains(true);
    }
}
