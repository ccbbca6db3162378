package io.nape.core.programme;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PlayedSession;
import io.nape.core.diary.SessionOutcome;
import io.nape.core.diary.SessionSummary;
import io.nape.core.progress.Adherence;
import io.nape.core.progress.DayAdherence;
import io.nape.core.progress.PainMean;
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
import java.util.Set;

/** Build a programme record with valid defaults: a person in Berlin who began on Monday 2 March 2026 at 08:00. */
final class RecordBuilder {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final RoutineId COMPLEX = new RoutineId("isometric-complex");

    private ZoneId zone = BERLIN;
    private Instant began = at(MARCH_2, 8, 0);
    private DosageLevel start = Programme.START;
    private final List<ProposalDecision> decisions = new ArrayList<>();
    private final List<PlayedSession> sessions = new ArrayList<>();
    private final List<PainEntry> pains = new ArrayList<>();
    private final List<DayAdherence> days = new ArrayList<>();
    private Optional<Screening> check = Optional.empty();
    private long nextId = 1;

    private RecordBuilder() {}

    static RecordBuilder aRecord() {
        return new RecordBuilder();
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(BERLIN).toInstant();
    }

    static Instant at(int dayOfMarch, int hour, int minute) {
        return at(LocalDate.of(2026, 3, dayOfMarch), hour, minute);
    }

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    RecordBuilder inZone(ZoneId newZone) {
        this.zone = newZone;
        return this;
    }

    RecordBuilder beganAt(Instant instant) {
        this.began = instant;
        return this;
    }

    /** One day's adherence. */
    RecordBuilder withDay(LocalDate day, int due, int done) {
        days.add(new DayAdherence(day, new Adherence(due, due, done)));
        return this;
    }

    /** The same adherence on every day from {@code from} to {@code to}, inclusive. */
    RecordBuilder withDays(LocalDate from, LocalDate to, int due, int done) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            withDay(day, due, done);
        }
        return this;
    }

    RecordBuilder withPain(Instant instant, int pain) {
        pains.add(new PainEntry(null, instant, pain, Set.of(), Set.of(), null, ""));
        return this;
    }

    /** One entry at 20:00 on every day from {@code from} to {@code to}, inclusive. */
    RecordBuilder withPainEachDay(LocalDate from, LocalDate to, int pain) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            withPain(at(day, 20, 0), pain);
        }
        return this;
    }

    RecordBuilder withSession(Instant startedAt, SessionOutcome outcome) {
        sessions.add(new SessionSummary(nextId++, COMPLEX, startedAt, outcome, 3));
        return this;
    }

    RecordBuilder withStop(Instant startedAt) {
        return withSession(startedAt, SessionOutcome.STOPPED_FOR_PAIN);
    }

    RecordBuilder withCheck(Instant instant, ExerciseAdvice advice) {
        TriageLevel level = advice == ExerciseAdvice.NONE ? TriageLevel.URGENT : TriageLevel.SELF_CARE;
        check = Optional.of(
                new Screening(nextId++, instant, SymptomReport.empty(), new TriageResult(level, advice, List.of())));
        return this;
    }

    RecordBuilder withoutCheck() {
        check = Optional.empty();
        return this;
    }

    RecordBuilder withDecision(ProposalDecision decision) {
        decisions.add(decision);
        return this;
    }

    /** A confirmed step to {@code to} at {@code at}, decided at once (as if the person had been at it since). */
    RecordBuilder withLevel(DosageLevel from, DosageLevel to, Instant at) {
        return withDecision(ProposalDecision.confirmed(levelProposal(from, to, at), at));
    }

    /** The person plays at {@code level} before any decision, as an edge may know from the plan. */
    RecordBuilder startingAt(DosageLevel level) {
        start = level;
        return this;
    }

    ProgrammeRecord build() {
        return ProgrammeRecord.of(zone, began, decisions, sessions, pains, days, check, start);
    }

    /** A valid proposal from {@code from} to {@code to} with a reason of its kind. */
    static Proposal levelProposal(DosageLevel from, DosageLevel to, Instant at) {
        if (to.ordinal() > from.ordinal()) {
            LocalDate day = at.atZone(BERLIN).toLocalDate();
            PainMean mean = new PainMean(day.minusDays(6), day, 1, 3);
            SteadyProgress reason =
                    new SteadyProgress(day.minusDays(10), day.minusDays(1), new Adherence(30, 30, 30), mean, mean);
            return new Proposal(ProposalId.of(ProposalKind.STEP_UP, at), at, ProposalKind.STEP_UP, from, to, reason);
        }
        return new Proposal(
                ProposalId.of(ProposalKind.STEP_DOWN, at),
                at,
                ProposalKind.STEP_DOWN,
                from,
                to,
                new StoppedForPain(at, COMPLEX));
    }
}
