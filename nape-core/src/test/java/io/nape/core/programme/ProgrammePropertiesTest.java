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
import io.nape.core.safety.ExerciseAdvice;
import io.nape.core.safety.Screening;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageLevel;
import io.nape.core.safety.TriageResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Check the programme's invariants over seeded random records (a failing seed reproduces): 1 to 40
 * days in zones with clock changes, any adherence, pain that wanders, stops for pain, decisions up and
 * down, confirmed or declined, and a check of any advice and age or none. A third of the people are
 * calm (good adherence, no stops, pain that only falls, a fresh check that allows every routine), so
 * that step ups are reached too.
 */
class ProgrammePropertiesTest {
    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("UTC"), ZoneId.of("Asia/Kolkata"));
    private static final List<RoutineId> ROUTINES =
            List.of(new RoutineId("isometric-complex"), new RoutineId("desk-a"), new RoutineId("chair-stretch"));

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** One random record and the moment it is reviewed at. */
    record Case(
            ZoneId zone,
            Instant began,
            Instant now,
            List<ProposalDecision> decisions,
            List<PlayedSession> sessions,
            List<PainEntry> pains,
            List<DayAdherence> days,
            Optional<Screening> check) {
        static Case of(long seed) {
            Random random = new Random(seed);
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            Instant began = LocalDate.of(2026, 1, 1)
                    .plusDays(random.nextInt(365))
                    .atTime(6 + random.nextInt(14), random.nextInt(60))
                    .atZone(zone)
                    .toInstant();
            boolean calm = random.nextInt(3) == 0;
            int length = 1 + random.nextInt(40);
            Instant now = began.plus(Duration.ofMinutes(random.nextInt(length * 24 * 60)));
            List<DayAdherence> days = new ArrayList<>();
            List<PlayedSession> sessions = new ArrayList<>();
            List<PainEntry> pains = new ArrayList<>();
            int adherent = calm ? 70 + random.nextInt(31) : random.nextInt(101);
            int pain = random.nextInt(8);
            LocalDate first = began.atZone(zone).toLocalDate();
            LocalDate today = now.atZone(zone).toLocalDate();
            long id = 1;
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                int due = random.nextInt(5);
                int done = 0;
                for (int session = 0; session < due; session++) {
                    if (random.nextInt(100) < adherent) {
                        done++;
                    }
                }
                days.add(new DayAdherence(day, new Adherence(due, due, done)));
                Instant morning = day.atTime(7, 0).atZone(zone).toInstant();
                for (int session = 0; session < done + 1; session++) {
                    SessionOutcome outcome = !calm && random.nextInt(40) == 0
                            ? SessionOutcome.STOPPED_FOR_PAIN
                            : SessionOutcome.values()[random.nextInt(SessionOutcome.values().length)];
                    if (outcome == SessionOutcome.STOPPED_FOR_PAIN && (calm || random.nextBoolean())) {
                        outcome = SessionOutcome.COMPLETED;
                    }
                    Instant start = morning.plus(Duration.ofMinutes(random.nextInt(15 * 60)));
                    sessions.add(new SessionSummary(
                            id++, ROUTINES.get(random.nextInt(ROUTINES.size())), start, outcome, random.nextInt(4)));
                }
                for (int entry = random.nextInt(3); entry > 0; entry--) {
                    pain = Math.max(0, Math.min(10, pain + (calm ? -random.nextInt(2) : random.nextInt(5) - 2)));
                    Instant at = morning.plus(Duration.ofMinutes(random.nextInt(16 * 60)));
                    pains.add(new PainEntry(null, at, pain, Set.of(), Set.of(), null, ""));
                }
            }
            List<ProposalDecision> decisions = decisions(random, began, now);
            Optional<Screening> check = Optional.empty();
            if (random.nextInt(5) > 0) {
                ExerciseAdvice advice = calm || random.nextBoolean()
                        ? ExerciseAdvice.ALLOWED
                        : ExerciseAdvice.values()[random.nextInt(ExerciseAdvice.values().length)];
                Instant at = now.minus(Duration.ofMinutes(random.nextInt((calm ? 6 : 10) * 24 * 60)));
                check = Optional.of(screening(at, advice));
            }
            return new Case(zone, began, now, decisions, sessions, pains, days, check);
        }

        /** A walk of levels: each decision proposes a step from the level then, and is confirmed or declined. */
        private static List<ProposalDecision> decisions(Random random, Instant began, Instant now) {
            List<ProposalDecision> decisions = new ArrayList<>();
            DosageLevel level = Programme.START;
            Instant at = began;
            for (int count = random.nextInt(4); count > 0; count--) {
                at = at.plus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
                if (at.isAfter(now)) {
                    break;
                }
                boolean up = level == DosageLevel.GENTLE || (level != DosageLevel.FULL && random.nextBoolean());
                DosageLevel to = DosageLevel.values()[level.ordinal() + (up ? 1 : -1)];
                Proposal proposal = RecordBuilder.levelProposal(level, to, at);
                if (random.nextBoolean()) {
                    decisions.add(ProposalDecision.confirmed(proposal, at));
                    level = to;
                } else {
                    decisions.add(ProposalDecision.declined(proposal, at));
                }
            }
            return decisions;
        }

        ProgrammeRecord record() {
            return ProgrammeRecord.of(zone, began, decisions, sessions, pains, days, check);
        }

        /** The same record with every list in an order drawn from {@code seed}. */
        ProgrammeRecord shuffled(long seed) {
            Random random = new Random(seed);
            return ProgrammeRecord.of(
                    zone,
                    began,
                    shuffle(decisions, random),
                    shuffle(sessions, random),
                    shuffle(pains, random),
                    shuffle(days, random),
                    check);
        }

        Case withCheck(Optional<Screening> newCheck) {
            return new Case(zone, began, now, decisions, sessions, pains, days, newCheck);
        }

        Case withDecision(ProposalDecision decision) {
            List<ProposalDecision> more = new ArrayList<>(decisions);
            more.add(decision);
            return new Case(zone, began, now, more, sessions, pains, days, check);
        }

        Case withSession(PlayedSession session) {
            List<PlayedSession> more = new ArrayList<>(sessions);
            more.add(session);
            return new Case(zone, began, now, decisions, more, pains, days, check);
        }

        /** The latest moment of any decided level proposal, or the beginning. */
        Instant answeredUpTo() {
            return decisions.stream()
                    .filter(decision -> !decision.decidedAt().isAfter(now))
                    .map(decision -> decision.proposal().at())
                    .max(Instant::compareTo)
                    .filter(at -> at.isAfter(began))
                    .orElse(began);
        }

        private static <T> List<T> shuffle(List<T> list, Random random) {
            List<T> copy = new ArrayList<>(list);
            Collections.shuffle(copy, random);
            return copy;
        }
    }

    private static Screening screening(Instant at, ExerciseAdvice advice) {
        TriageLevel level = advice == ExerciseAdvice.NONE ? TriageLevel.URGENT : TriageLevel.SELF_CARE;
        return new Screening(null, at, SymptomReport.empty(), new TriageResult(level, advice, List.of()));
    }

    @Test
    void theRandomRecordsReachEveryKindOfProposal() {
        Map<ProposalKind, Long> kinds = seeds().mapToObj(Case::of)
                .flatMap(random -> {
                    ProgrammeReview review = Programme.review(random.record(), random.now());
                    return Stream.concat(review.change().stream(), review.check().stream());
                })
                .collect(Collectors.groupingBy(Proposal::kind, Collectors.counting()));

        assertThat(kinds).containsOnlyKeys(ProposalKind.values());
        assertThat(kinds.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverStepsUpWhileTheAdviceIsNotAllowed(long seed) {
        Case random = Case.of(seed);
        Random draw = new Random(seed);
        List<ExerciseAdvice> restrictive =
                List.of(ExerciseAdvice.GENTLE, ExerciseAdvice.PRESCRIBED_ONLY, ExerciseAdvice.NONE);
        Instant checked = random.now().minus(Duration.ofMinutes(draw.nextInt(3 * 24 * 60)));
        Case restricted =
                random.withCheck(Optional.of(screening(checked, restrictive.get(draw.nextInt(restrictive.size())))));

        ProgrammeReview review = Programme.review(restricted.record(), restricted.now());

        assertThat(review.change().map(Proposal::kind)).isNotEqualTo(Optional.of(ProposalKind.STEP_UP));
        assertThat(review.holds()).contains(StepUpHold.ADVICE_NOT_ALLOWED);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aStopForPainAlwaysStepsDown(long seed) {
        Case random = Case.of(seed);
        Random draw = new Random(seed);
        Instant from = random.answeredUpTo();
        long seconds = Duration.between(from, random.now()).toSeconds();
        if (seconds < 1) {
            return;
        }
        Instant stop = from.plusSeconds(1 + draw.nextInt((int) Math.min(Integer.MAX_VALUE, seconds)));
        Case stopped = random.withSession(
                new SessionSummary(10_000, ROUTINES.get(0), stop, SessionOutcome.STOPPED_FOR_PAIN, draw.nextInt(4)));
        DosageLevel level = Programme.level(stopped.decisions());
        if (level == DosageLevel.GENTLE) {
            Proposal lift = RecordBuilder.levelProposal(DosageLevel.GENTLE, DosageLevel.STANDARD, from);
            stopped = stopped.withDecision(ProposalDecision.confirmed(lift, from.plusNanos(1)));
            level = DosageLevel.STANDARD;
        }

        ProgrammeReview review = Programme.review(stopped.record(), stopped.now());

        assertThat(review.level()).isEqualTo(level);
        assertThat(review.change()).hasValueSatisfying(proposal -> {
            assertThat(proposal.kind()).isEqualTo(ProposalKind.STEP_DOWN);
            assertThat(proposal.to().ordinal()).isEqualTo(proposal.from().ordinal() - 1);
            assertThat(proposal.at()).isAfterOrEqualTo(stop);
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverStepsUpWithinTenDaysOfAStopForPain(long seed) {
        Case random = Case.of(seed);
        Random draw = new Random(seed);
        Instant stop = random.now().minus(Duration.ofMinutes(draw.nextInt(9 * 24 * 60)));
        Case stopped = random.withSession(
                new SessionSummary(10_000, ROUTINES.get(1), stop, SessionOutcome.STOPPED_FOR_PAIN, 1));

        ProgrammeReview review = Programme.review(stopped.record(), stopped.now());

        assertThat(review.change().map(Proposal::kind)).isNotEqualTo(Optional.of(ProposalKind.STEP_UP));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void proposalsArePureFunctionsOfTheRecordAndAFixedClock(long seed) {
        Case random = Case.of(seed);
        Clock clock = Clock.fixed(random.now(), random.zone());

        ProgrammeReview review = Programme.review(random.record(), clock.instant());

        assertThat(Programme.review(random.record(), clock.instant())).isEqualTo(review);
        assertThat(Programme.review(random.shuffled(seed), clock.instant())).isEqualTo(review);
        assertThat(Programme.review(random.shuffled(seed + 1), random.now())).isEqualTo(review);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyProposalMovesOneLevelFromTheLevelInForce(long seed) {
        Case random = Case.of(seed);

        ProgrammeReview review = Programme.review(random.record(), random.now());

        review.change().ifPresent(proposal -> {
            assertThat(proposal.from()).isEqualTo(review.level());
            assertThat(Math.abs(proposal.to().ordinal() - proposal.from().ordinal()))
                    .isEqualTo(1);
            assertThat(proposal.at()).isBeforeOrEqualTo(random.now());
        });
        review.check().ifPresent(proposal -> {
            assertThat(proposal.to()).isEqualTo(review.level());
            assertThat(Duration.between(proposal.at(), random.now())).isLessThanOrEqualTo(Programme.CHECK_WINDOW);
        });
        assertThat(review.holds().isEmpty())
                .isEqualTo(review.change()
                        .filter(proposal -> proposal.kind() == ProposalKind.STEP_UP)
                        .isPresent());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aConfirmedProposalIsNotProposedAgain(long seed) {
        Case random = Case.of(seed);
        ProgrammeReview review = Programme.review(random.record(), random.now());
        if (review.change().isEmpty()) {
            return;
        }
        Proposal proposal = review.change().get();
        Case confirmed = random.withDecision(ProposalDecision.confirmed(proposal, random.now()));

        ProgrammeReview after = Programme.review(confirmed.record(), random.now());

        assertThat(after.level()).isEqualTo(proposal.to());
        assertThat(after.change().map(Proposal::id)).isNotEqualTo(Optional.of(proposal.id()));
        assertThat(after.change().map(Proposal::kind)).isNotEqualTo(Optional.of(ProposalKind.STEP_UP));
    }
}
