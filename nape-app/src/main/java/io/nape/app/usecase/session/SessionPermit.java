package io.nape.app.usecase.session;

import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.person.PersonId;
import io.nape.core.session.Timeline;
import java.time.Instant;
import java.util.Objects;

/**
 * Let one session of one routine start: the only way a player gets a timeline to play. Only
 * {@link SessionStart} makes a permit, after the advice in force said yes.
 */
public final class SessionPermit implements StartDecision {
    private final PersonId person;
    private final Routine routine;
    private final Timeline timeline;
    private final Recheck recheck;
    private final Instant grantedAt;

    SessionPermit(PersonId person, Routine routine, Timeline timeline, Recheck recheck, Instant grantedAt) {
        this.person = Objects.requireNonNull(person, "person");
        this.routine = Objects.requireNonNull(routine, "routine");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.recheck = Objects.requireNonNull(recheck, "recheck");
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
        if (!timeline.routine().equals(routine.id())) {
            throw new IllegalArgumentException("timeline of " + timeline.routine() + " for routine " + routine.id());
        }
    }

    public PersonId person() {
        return person;
    }

    @Override
    public RoutineId routine() {
        return routine.id();
    }

    /** The routine this permit lets start, with its name and steps. */
    public Routine routineDetails() {
        return routine;
    }

    /** The timeline to play, expanded at the level asked for. */
    public Timeline timeline() {
        return timeline;
    }

    @Override
    public Recheck recheck() {
        return recheck;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
