package io.nape.core.psfs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Keep the PSFS answers. A saved answer is durable when {@link #save} returns. */
public interface PsfsRepository {
    /** Save an answer and return it as it reads back: its time cut to the millisecond. */
    PsfsAnswer save(PsfsAnswer answer);

    /** Every answer, oldest first. */
    List<PsfsAnswer> findAll();

    /** The newest answer, if any. */
    Optional<PsfsAnswer> latest();

    /** Record that the weekly prompt was skipped at {@code at}: it counts as asked, and holds no answer. */
    void skip(Instant at);

    /** When the person last answered or skipped a PSFS, if ever. */
    Optional<Instant> lastAsked();

    /** The activities of the newest answer, in the person's order, to ask about again; empty if none. */
    default List<String> lastActivities() {
        return latest().map(PsfsAnswer::activities).orElse(List.of());
    }
}
