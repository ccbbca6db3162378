package io.nape.app;

import io.nape.app.usecase.session.SafetyHistory;
import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PainEntryRepository;
import io.nape.core.person.PersonId;
import io.nape.core.safety.Screening;
import io.nape.core.safety.ScreeningRepository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Read the latest check and the pain logged after it from the store, through the kept reads of one
 * request when there are any. The local program holds one person's data, so every person id reads
 * the same rows.
 */
final class StoredSafetyHistory implements SafetyHistory {
    private final Supplier<ScreeningRepository> screenings;
    private final Supplier<PainEntryRepository> painEntries;
    private final ReadCache.@Nullable Snapshot reads;

    StoredSafetyHistory(
            Supplier<ScreeningRepository> screenings,
            Supplier<PainEntryRepository> painEntries,
            ReadCache.@Nullable Snapshot reads) {
        this.screenings = screenings;
        this.painEntries = painEntries;
        this.reads = reads;
    }

    @Override
    public Optional<Screening> latestScreening(PersonId person) {
        if (reads == null) {
            return screenings.get().findLatest();
        }
        return reads.get(LatestScreening.INSTANCE, () -> screenings.get().findLatest());
    }

    @Override
    public Optional<Integer> highestPainBetween(PersonId person, Instant after, Instant until) {
        Instant from = after.plusMillis(1);
        List<PainEntry> entries;
        if (reads == null) {
            entries = painEntries.get().findBetween(from, until.plusMillis(1));
        } else {
            // Kept by whole days, so that the requests of one day share one read.
            Instant to = until.truncatedTo(ChronoUnit.DAYS).plus(2, ChronoUnit.DAYS);
            entries = reads.get(
                    new PainAfterKey(from, to), () -> painEntries.get().findBetween(from, to));
        }
        return entries.stream()
                .filter(entry -> !entry.at().isAfter(until))
                .map(PainEntry::pain)
                .max(Integer::compare);
    }

    /** The key of the latest check among the kept reads. */
    private enum LatestScreening {
        INSTANCE
    }

    /** The key of the pain entries logged from one instant to another among the kept reads. */
    private record PainAfterKey(Instant from, Instant to) {}
}
