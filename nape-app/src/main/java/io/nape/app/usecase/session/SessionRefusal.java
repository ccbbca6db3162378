package io.nape.app.usecase.session;

import io.nape.core.catalogue.RoutineId;
import io.nape.core.person.PersonId;
import io.nape.core.safety.Reason;
import io.nape.core.safety.Screening;
import io.nape.core.safety.TriageLevel;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Say that a routine may not start now, with everything an edge needs to say why in its own words.
 *
 * @param kind {@code URGENT} blocks every session; {@code NOT_ALLOWED} only routines the advice
 *     does not allow
 * @param advice the check whose advice is in force
 * @param allowedInstead the routines that advice allows, in catalogue order (empty under URGENT)
 */
public record SessionRefusal(
        PersonId person,
        RoutineId routine,
        Kind kind,
        Screening advice,
        List<RoutineId> allowedInstead,
        Recheck recheck)
        implements StartDecision {
    /** Why the routine may not start. */
    public enum Kind {
        /** The advice in force is to get medical help: no session at all. */
        URGENT,
        /** The advice in force does not allow this routine; others may be allowed. */
        NOT_ALLOWED
    }

    public SessionRefusal {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(routine, "routine");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(recheck, "recheck");
        allowedInstead = List.copyOf(allowedInstead);
    }

    /** The rules that fired in the check in force, most severe first. */
    public List<Reason> reasons() {
        return advice.result().reasons();
    }

    /** The sentence of the most urgent reason (an emergency first), which a refusal says first. */
    public Optional<String> mostUrgentSays() {
        return urgentReasons().stream().findFirst().map(Reason::says);
    }

    /** The reasons that call for medical help today, emergencies among them, most severe first. */
    public List<Reason> urgentReasons() {
        return reasons().stream()
                .filter(reason -> reason.level() == TriageLevel.URGENT)
                .toList();
    }
}
