package io.nape.app.usecase.session;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.person.PersonId;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.DeskBreaks;
import io.nape.core.plan.PlanEngine;
import io.nape.core.safety.SafetyGate;
import io.nape.core.safety.Screening;
import io.nape.core.session.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decide whether a routine may start for a person now: the one door of every session.
 *
 * <p>The decision is {@link SafetyGate}'s, applied to the person's latest check and the pain they
 * logged after it, at the time of the injected clock. Every way a session starts (the command line,
 * a reminder answered in the terminal or in a page, the web player and the API that hands it its
 * timeline) asks here, and a player takes only the {@link SessionPermit} a yes carries.
 */
public final class SessionStart {
    private final Supplier<Catalogue> catalogue;
    private final SafetyHistory history;
    private final Clock clock;

    public SessionStart(Supplier<Catalogue> catalogue, SafetyHistory history, Clock clock) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.history = Objects.requireNonNull(history, "history");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Decide for the routine {@code routineId} at {@code level}.
     *
     * @throws io.nape.core.catalogue.RoutineNotFoundException when there is no such routine
     */
    public StartDecision decide(PersonId person, String routineId, DosageLevel level) {
        Catalogue routines = catalogue.get();
        return judge(person, routines.getRoutine(routineId), routines, level);
    }

    /**
     * Decide for one planned micro-break: the routine that plays exactly its pieces, cut from the
     * isometric complex, whose part the advice judges it by; its session is logged as {@link
     * PlanEngine#DESK_BREAK}.
     *
     * @throws io.nape.core.catalogue.RoutineNotFoundException when the catalogue has no complex
     */
    public StartDecision decideBreak(PersonId person, DeskBreak deskBreak, DosageLevel level) {
        Catalogue routines = catalogue.get();
        Routine complex = routines.getRoutine(PlanEngine.ISOMETRIC_COMPLEX.value());
        return judge(person, DeskBreaks.routineOf(deskBreak, complex, PlanEngine.DESK_BREAK), routines, level);
    }

    private StartDecision judge(PersonId person, Routine routine, Catalogue routines, DosageLevel level) {
        Instant now = clock.instant();
        Optional<Screening> latest = history.latestScreening(person);
        Optional<Integer> highestPain = latest.flatMap(check -> history.highestPainBetween(person, check.at(), now));
        SafetyGate.Decision decision = SafetyGate.decide(latest, routine, now, highestPain);
        Recheck recheck = recheck(decision.recheck(), latest, now);
        if (decision.allowed()) {
            return new SessionPermit(person, routine, Timeline.expand(routine, routines, level), recheck, now);
        }
        Screening advice = decision.advice().orElseThrow();
        if (decision.verdict() == SafetyGate.Verdict.URGENT) {
            return new SessionRefusal(person, routine.id(), SessionRefusal.Kind.URGENT, advice, List.of(), recheck);
        }
        List<RoutineId> allowed = routines.routines().stream()
                .filter(advice.result()::allows)
                .map(Routine::id)
                .toList();
        return new SessionRefusal(person, routine.id(), SessionRefusal.Kind.NOT_ALLOWED, advice, allowed, recheck);
    }

    /** The check whose advice is in force for the person: the latest, however old. */
    public Optional<Screening> adviceInForce(PersonId person) {
        return history.latestScreening(person);
    }

    /** Whether a new check is due for the person now, and since when the latest check stands. */
    public Recheck recheck(PersonId person) {
        Instant now = clock.instant();
        Optional<Screening> latest = history.latestScreening(person);
        Optional<Integer> highestPain = latest.flatMap(check -> history.highestPainBetween(person, check.at(), now));
        SafetyGate.Recheck kind = latest.isEmpty()
                ? SafetyGate.Recheck.NEVER_CHECKED
                : SafetyGate.recheck(latest.get(), now, highestPain);
        return recheck(kind, latest, now);
    }

    private static Recheck recheck(SafetyGate.Recheck kind, Optional<Screening> latest, Instant now) {
        if (latest.isEmpty()) {
            return new Recheck(kind, null, 0);
        }
        Instant at = latest.get().at();
        return new Recheck(kind, at, Math.max(0, Duration.between(at, now).toDays()));
    }
}
