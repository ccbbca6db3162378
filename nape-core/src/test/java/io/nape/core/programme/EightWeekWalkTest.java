package io.nape.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PlayedSession;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.diary.SessionSummary;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.DayAdherence;
import io.nape.core.progress.MeaningfulChange;
import io.nape.core.psfs.ActivityChange;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsComparison;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.Screening;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Walk 8 weeks of generated records, from Monday 2 March 2026 in Berlin, for three kinds of person,
 * reviewing every evening at 23:00 and answering as a person would: every level proposal confirmed,
 * every proposed check taken (and allowing every routine). Everyone takes the weekly check on day 0 at
 * 08:30 and every seventh day at 09:00, logs pain at 20:00 and a PSFS every seventh day at 20:30.
 * Three sessions are due a day; adherence is drawn from a fixed seed.
 *
 * <pre>
 * steady improver    about 9 in 10 sessions, pain 5 falling a point every 10 days, PSFS 3 rising to 8
 *   day 10  up gentle -> standard   days 0-9: start mean 5/1, end mean 35/7 = 5, no higher
 *   day 20  up standard -> full     days 10-19: start mean (6*5 + 4)/7 = 4.86, end mean 4
 * flare-up in week 3  as the improver, then a session stopped for pain on day 15 at 12:00 and a pain
 *                     of 7 on day 17 (mean of the 7 days before: 4, so 3 above)
 *   day 10  up gentle -> standard
 *   day 15  down standard -> gentle (stopped for pain)
 *   day 17  check (two flare-ups within 7 days); at gentle, nothing lower
 *   day 28  up gentle -> standard   the first 10 days after the pain of day 17: days 18-27
 *   day 38  up standard -> full
 * never adheres      about 1 in 10 sessions, pain a steady 4, PSFS a steady 4: no proposal ever
 * </pre>
 */
class EightWeekWalkTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
    private static final int DAYS = 56;
    private static final RoutineId COMPLEX = new RoutineId("isometric-complex");
    private static final String DRIVING = "looking over my shoulder when driving";

    enum Person {
        STEADY_IMPROVER,
        FLARE_UP_IN_WEEK_3,
        NEVER_ADHERES
    }

    /** One proposal met on the walk: the day, what it proposed and why. */
    record Step(int day, ProposalKind kind, DosageLevel from, DosageLevel to, ReasonKind reason) {
        static Step of(int day, Proposal proposal) {
            return new Step(
                    day,
                    proposal.kind(),
                    proposal.from(),
                    proposal.to(),
                    proposal.reason().kind());
        }
    }

    /** What the walk ends with. */
    record Walk(List<Step> steps, ProgrammeReview last, List<PsfsAnswer> psfs) {}

    private static Instant at(int day, int hour, int minute) {
        return DAY_0.plusDays(day).atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    private static Screening allowingCheck(Instant at) {
        return new Screening(
                null,
                at,
                SymptomReport.empty(),
                new TriageResult(TriageLevel.SELF_CARE, ExerciseAdvice.ALLOWED, List.of()));
    }

    private static Walk walk(Person person) {
        Random random = new Random(17);
        List<ProposalDecision> decisions = new ArrayList<>();
        List<PlayedSession> sessions = new ArrayList<>();
        List<PainEntry> pains = new ArrayList<>();
        List<DayAdherence> days = new ArrayList<>();
        List<PsfsAnswer> psfs = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Optional<Screening> check = Optional.of(allowingCheck(at(0, 8, 30)));
        long id = 1;
        ProgrammeReview review = null;
        for (int day = 0; day < DAYS; day++) {
            if (day > 0 && day % 7 == 0) {
                check = Optional.of(allowingCheck(at(day, 9, 0)));
            }
            int chance = person == Person.NEVER_ADHERES ? 10 : 90;
            int[] hours = {7, 12, 21};
            int done = 0;
            for (int hour : hours) {
                boolean stop = person == Person.FLARE_UP_IN_WEEK_3 && day == 15 && hour == 12;
                if (stop) {
                    sessions.add(
                            new SessionSummary(id++, COMPLEX, at(day, hour, 0), SessionOutcome.STOPPED_FOR_PAIN, 1));
                } else if (random.nextInt(100) < chance) {
                    sessions.add(new SessionSummary(id++, COMPLEX, at(day, hour, 0), SessionOutcome.COMPLETED, 9));
                    done++;
                }
            }
            days.add(new DayAdherence(DAY_0.plusDays(day), new Adherence(3, 3, done)));
            int pain = person == Person.NEVER_ADHERES ? 4 : 5 - day / 10;
            if (person == Person.FLARE_UP_IN_WEEK_3 && day == 17) {
                pain = 7;
            }
            pains.add(new PainEntry(null, at(day, 20, 0), pain, Set.of(), Set.of(), null, ""));
            if (day % 7 == 0) {
                int score = person == Person.NEVER_ADHERES ? 4 : Math.min(8, 3 + day / 7);
                psfs.add(new PsfsAnswer(at(day, 20, 30), List.of(new PsfsRating(DRIVING, score))));
            }
            Instant evening = at(day, 23, 0);
            ProgrammeRecord record = ProgrammeRecord.of(BERLIN, at(0, 8, 0), decisions, sessions, pains, days, check);
            review = Programme.review(record, evening);
            if (review.change().isPresent()) {
                steps.add(Step.of(day, review.change().get()));
                decisions.add(ProposalDecision.confirmed(review.change().get(), evening));
            }
            if (review.check().isPresent()) {
                steps.add(Step.of(day, review.check().get()));
                decisions.add(ProposalDecision.confirmed(review.check().get(), evening));
                check = Optional.of(allowingCheck(evening));
            }
        }
        return new Walk(steps, review, psfs);
    }

    @Test
    void aSteadyImproverStepsUpEveryTenDaysToFull() {
        Walk walk = walk(Person.STEADY_IMPROVER);

        assertThat(walk.steps())
                .containsExactly(
                        new Step(
                                10,
                                ProposalKind.STEP_UP,
                                DosageLevel.GENTLE,
                                DosageLevel.STANDARD,
                                ReasonKind.STEADY_PROGRESS),
                        new Step(
                                20,
                                ProposalKind.STEP_UP,
                                DosageLevel.STANDARD,
                                DosageLevel.FULL,
                                ReasonKind.STEADY_PROGRESS));
        assertThat(walk.last().level()).isEqualTo(DosageLevel.FULL);
        assertThat(walk.last().holds()).containsExactly(StepUpHold.AT_TOP);
    }

    @Test
    void aFlareUpInWeekThreeStepsDownProposesACheckAndClimbsAgain() {
        Walk walk = walk(Person.FLARE_UP_IN_WEEK_3);

        assertThat(walk.steps())
                .containsExactly(
                        new Step(
                                10,
                                ProposalKind.STEP_UP,
                                DosageLevel.GENTLE,
                                DosageLevel.STANDARD,
                                ReasonKind.STEADY_PROGRESS),
                        new Step(
                                15,
                                ProposalKind.STEP_DOWN,
                                DosageLevel.STANDARD,
                                DosageLevel.GENTLE,
                                ReasonKind.STOPPED_FOR_PAIN),
                        new Step(
                                17,
                                ProposalKind.CHECK,
                                DosageLevel.GENTLE,
                                DosageLevel.GENTLE,
                                ReasonKind.REPEATED_FLARE_UPS),
                        new Step(
                                28,
                                ProposalKind.STEP_UP,
                                DosageLevel.GENTLE,
                                DosageLevel.STANDARD,
                                ReasonKind.STEADY_PROGRESS),
                        new Step(
                                38,
                                ProposalKind.STEP_UP,
                                DosageLevel.STANDARD,
                                DosageLevel.FULL,
                                ReasonKind.STEADY_PROGRESS));
        assertThat(walk.last().level()).isEqualTo(DosageLevel.FULL);
    }

    @Test
    void someoneWhoNeverAdheresIsNeverMoved() {
        Walk walk = walk(Person.NEVER_ADHERES);

        assertThat(walk.steps()).isEmpty();
        assertThat(walk.last().level()).isEqualTo(DosageLevel.GENTLE);
        assertThat(walk.last().holds()).containsExactly(StepUpHold.LOW_ADHERENCE);
    }

    @Test
    void thePsfsOfAnImproverRisesMeaningfullyAndOfSomeoneWhoNeverAdheresStays() {
        PsfsComparison improver =
                PsfsComparison.sinceFirst(walk(Person.STEADY_IMPROVER).psfs()).orElseThrow();
        PsfsComparison stuck =
                PsfsComparison.sinceFirst(walk(Person.NEVER_ADHERES).psfs()).orElseThrow();

        assertThat(improver.since()).isEqualTo(at(0, 20, 30));
        assertThat(improver.activities()).containsExactly(new ActivityChange(DRIVING, 3, 8));
        assertThat(improver.meaningfulChange()).contains(MeaningfulChange.BETTER);
        assertThat(stuck.activities()).containsExactly(new ActivityChange(DRIVING, 4, 4));
        assertThat(stuck.meaningfulChange()).isEmpty();
    }
}
