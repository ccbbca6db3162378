package io.nape.core.safety;

import java.util.List;
import java.util.Optional;

/** Keep the person's checks; the latest one gives the advice in force. */
public interface ScreeningRepository {
    /** Save a check and return it with its id; durable when this returns. */
    Screening save(Screening screening);

    Optional<Screening> findLatest();

    /** Every check, oldest first (by time, then id). */
    List<Screening> findAll();
}
