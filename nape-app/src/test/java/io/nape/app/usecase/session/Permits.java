package io.nape.app.usecase.session;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.person.PersonId;
import io.nape.core.safety.SafetyGate;
import io.nape.core.session.Timeline;
import java.time.Instant;

/** Permits for tests of the players, which need a session to play without a stored check. */
public final class Permits {
    private Permits() {}

    /** A permit for the routine and level of {@code timeline}, as the gate grants it to someone never checked. */
    public static SessionPermit of(Catalogue catalogue, Timeline timeline) {
        return new SessionPermit(
                PersonId.LOCAL,
                catalogue.getRoutine(timeline.routine().value()),
                timeline,
                new Recheck(SafetyGate.Recheck.NEVER_CHECKED, null, 0),
                Instant.EPOCH);
    }

    /** A permit for {@code routine} at {@code level}, as the gate grants it to someone never checked. */
    public static SessionPermit of(Catalogue catalogue, String routine, DosageLevel level) {
        return new SessionPermit(
                PersonId.LOCAL,
                catalogue.getRoutine(routine),
                Timeline.expand(catalogue.getRoutine(routine), catalogue, level),
                new Recheck(SafetyGate.Recheck.NEVER_CHECKED, null, 0),
                Instant.EPOCH);
    }
}
