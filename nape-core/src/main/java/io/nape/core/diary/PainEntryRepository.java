package io.nape.core.diary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keep the pain entries. A saved entry is durable when {@link #save} returns. */
public interface PainEntryRepository {
    /** Save a new entry and return it with its id. */
    PainEntry save(PainEntry entry);

    Optional<PainEntry> find(long id);

    /** Entries logged in [from, to), oldest first. */
    List<PainEntry> findBetween(Instant from, Instant to);

    /** Every entry, oldest first. */
    List<PainEntry> findAll();

    /** The newest entries, newest first. */
    List<PainEntry> findLatest(int limit);

    long count();
}
