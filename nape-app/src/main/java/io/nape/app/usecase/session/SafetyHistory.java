package io.nape.app.usecase.session;

import io.nape.core.person.PersonId;
import io.nape.core.safety.Screening;
import java.time.Instant;
import java.util.Optional;

/** Read what the gate needs of a person's record: the latest check and the pain logged after it. */
public interface SafetyHistory {
    /** The person's latest check, if there was one. */
    Optional<Screening> latestScreening(PersonId person);

    /** The highest pain the person logged after {@code after} and at or before {@code until}. */
    Optional<Integer> highestPainBetween(PersonId person, Instant after, Instant until);
}
