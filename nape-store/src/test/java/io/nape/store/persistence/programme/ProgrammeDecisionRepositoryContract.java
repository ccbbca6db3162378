package io.nape.store.persistence.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.person.PersonId;
import io.nape.core.programme.PainAboveMean;
import io.nape.core.programme.ProgrammeDecisionRepository;
import io.nape.core.programme.Proposal;
import io.nape.core.programme.ProposalAlreadyDecidedException;
import io.nape.core.programme.ProposalDecision;
import io.nape.core.programme.ProposalId;
import io.nape.core.programme.ProposalKind;
import io.nape.core.programme.RepeatedFlareUps;
import io.nape.core.programme.SteadyProgress;
import io.nape.core.programme.StoppedForPain;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.PainMean;
import io.nape.store.persistence.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every repository of programme decisions does, whatever database holds it. */
abstract class ProgrammeDecisionRepositoryContract {
    private static final Instant MONDAY = Instant.parse("2026-11-02T00:00:00Z");
    private static final Instant STOPPED = Instant.parse("2026-11-04T08:30:12.345Z");
    private static final Instant PAINFUL = Instant.parse("2026-11-06T18:01:00Z");

    private Database database;
    private ProgrammeDecisionRepository repository;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        repository = new JdbcProgrammeDecisionRepository(database, PersonId.LOCAL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Proposal stepUp() {
        LocalDate from = LocalDate.parse("2026-10-23");
        LocalDate to = LocalDate.parse("2026-11-01");
        return new Proposal(
                ProposalId.of(ProposalKind.STEP_UP, MONDAY),
                MONDAY,
                ProposalKind.STEP_UP,
                DosageLevel.GENTLE,
                DosageLevel.STANDARD,
                new SteadyProgress(
                        from,
                        to,
                        new Adherence(40, 38, 30),
                        new PainMean(from.minusDays(6), from, 9, 36),
                        new PainMean(to.minusDays(6), to, 7, 21)));
    }

    static Proposal stepDown() {
        return new Proposal(
                ProposalId.of(ProposalKind.STEP_DOWN, STOPPED),
                STOPPED,
                ProposalKind.STEP_DOWN,
                DosageLevel.STANDARD,
                DosageLevel.GENTLE,
                new StoppedForPain(STOPPED, new RoutineId("isometric-complex")));
    }

    static Proposal check() {
        return new Proposal(
                ProposalId.of(ProposalKind.CHECK, PAINFUL),
                PAINFUL,
                ProposalKind.CHECK,
                DosageLevel.GENTLE,
                DosageLevel.GENTLE,
                new RepeatedFlareUps(List.of(
                        new StoppedForPain(STOPPED, new RoutineId("isometric-complex")),
                        new PainAboveMean(PAINFUL, 7, 4, 13))));
    }

    @Test
    void knowsNoDecisionAtFirst() {
        assertThat(repository.findAll()).isEmpty();
        assertThat(repository.find(stepUp().id())).isEmpty();
    }

    @Test
    void keepsAStepUpWithEveryFigureOfItsTenDays() {
        ProposalDecision given = ProposalDecision.confirmed(stepUp(), MONDAY.plus(Duration.ofHours(9)));

        ProposalDecision saved = repository.save(given);

        assertThat(saved).isEqualTo(given);
        assertThat(repository.findAll()).containsExactly(given);
        assertThat(repository.find(given.proposal().id())).contains(given);
    }

    @Test
    void keepsAStepDownWithItsStopAndACheckWithItsFlareUpsInOrder() {
        ProposalDecision down = ProposalDecision.confirmed(stepDown(), STOPPED.plus(Duration.ofMinutes(5)));
        ProposalDecision checked = ProposalDecision.declined(check(), PAINFUL.plus(Duration.ofHours(1)));

        repository.save(checked);
        repository.save(down);

        assertThat(repository.findAll()).containsExactly(down, checked);
        assertThat(repository.find(check().id()).orElseThrow().proposal().reason())
                .isEqualTo(check().reason());
    }

    @Test
    void cutsMomentsToTheMillisecond() {
        Instant fine = Instant.parse("2026-11-04T08:30:12.345678Z");
        Proposal proposal = new Proposal(
                ProposalId.of(ProposalKind.STEP_DOWN, fine),
                fine,
                ProposalKind.STEP_DOWN,
                DosageLevel.FULL,
                DosageLevel.STANDARD,
                new PainAboveMean(fine, 9, 3, 12));

        ProposalDecision saved = repository.save(ProposalDecision.declined(proposal, fine.plusNanos(1_500_000)));

        assertThat(saved.decidedAt()).isEqualTo(Instant.parse("2026-11-04T08:30:12.347Z"));
        assertThat(saved.proposal().at()).isEqualTo(STOPPED);
        assertThat(repository.findAll()).containsExactly(saved);
    }

    @Test
    void refusesASecondAnswerToTheSameProposal() {
        repository.save(ProposalDecision.declined(stepUp(), MONDAY.plus(Duration.ofHours(1))));

        assertThatThrownBy(
                        () -> repository.save(ProposalDecision.confirmed(stepUp(), MONDAY.plus(Duration.ofHours(2)))))
                .isInstanceOf(ProposalAlreadyDecidedException.class)
                .hasMessageContaining(stepUp().id().value());
        assertThat(repository.findAll()).singleElement().matches(decision -> !decision.confirmed());
    }

    @Test
    void keepsEachPersonsDecisionsApartAndLetsEachAnswerTheSameProposalOnce() {
        ProgrammeDecisionRepository other = new JdbcProgrammeDecisionRepository(database, new PersonId("someone-else"));
        ProposalDecision mine = ProposalDecision.confirmed(check(), PAINFUL.plus(Duration.ofMinutes(1)));
        ProposalDecision theirs = ProposalDecision.declined(check(), PAINFUL.plus(Duration.ofMinutes(2)));

        repository.save(mine);
        other.save(theirs);

        assertThat(repository.findAll()).containsExactly(mine);
        assertThat(repository.find(check().id())).contains(mine);
        assertThat(other.find(check().id())).contains(theirs);
        assertThatThrownBy(() -> other.save(theirs)).isInstanceOf(ProposalAlreadyDecidedException.class);
        assertThat(repository.findAll()).containsExactly(mine);
    }
}
