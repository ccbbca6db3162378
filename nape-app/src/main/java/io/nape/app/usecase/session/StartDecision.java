package io.nape.app.usecase.session;

import io.nape.core.catalogue.RoutineId;

/** The gate's answer for one routine: a permit to play it, or a refusal with its reasons. */
public sealed interface StartDecision permits SessionPermit, SessionRefusal {
    RoutineId routine();

    /** Whether a new check is due, which an edge mentions either way. */
    Recheck recheck();
}
