package io.nape.store.persistence.diary;

import static io.nape.store.persistence.diary.PainEntries.MONDAY_TWO_PM;
import static io.nape.store.persistence.diary.PainEntries.aPainEntry;
import static io.nape.store.persistence.diary.PainEntries.aRandomPainEntry;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.diary.PainEntry;
import io.nape.core.diary.PainEntryRepository;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every pain entry repository does, whatever database holds it. */
abstract class PainEntryRepositoryContract {
    private Database database;
    private PainEntryRepository repository;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        repository = new JdbcPainEntryRepository(database, PersonId.LOCAL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void savesAnEntryAndReadsItBackEqualToTheMillisecond() {
        PainEntry saved = repository.save(aPainEntry(MONDAY_TWO_PM));

        assertThat(saved.id()).isNotNull();
        assertThat(saved.at()).isEqualTo(MONDAY_TWO_PM.truncatedTo(ChronoUnit.MILLIS));
        assertThat(repository.find(saved.id())).contains(saved);
        assertThat(saved).usingRecursiveComparison().ignoringFields("id", "at").isEqualTo(aPainEntry(MONDAY_TWO_PM));
    }

    @Test
    void keepsAnEntryWithoutAreasCharacterStiffnessOrNote() {
        PainEntry bare = new PainEntry(null, MONDAY_TWO_PM, 0, Set.of(), Set.of(), null, "");

        PainEntry saved = repository.save(bare);

        PainEntry found = repository.find(saved.id()).orElseThrow();
        assertThat(found.where()).isEmpty();
        assertThat(found.character()).isEmpty();
        assertThat(found.stiffness()).isNull();
        assertThat(found.note()).isEmpty();
        assertThat(found.pain()).isZero();
    }

    @Test
    void keepsAStiffnessOfZeroApartFromNone() {
        PainEntry entry = aPainEntry(MONDAY_TWO_PM);
        PainEntry stiffnessZero =
                new PainEntry(null, entry.at(), entry.pain(), entry.where(), entry.character(), 0, entry.note());

        assertThat(repository
                        .find(repository.save(stiffnessZero).id())
                        .orElseThrow()
                        .stiffness())
                .isZero();
    }

    @Test
    void givesEverySavedEntryItsOwnId() {
        long first = repository.save(aPainEntry(MONDAY_TWO_PM)).id();
        long second = repository.save(aPainEntry(MONDAY_TWO_PM)).id();

        assertThat(second).isNotEqualTo(first);
        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void findsNothingForAnUnknownIdAndInAnEmptyDiary() {
        assertThat(repository.find(424242)).isEmpty();
        assertThat(repository.count()).isZero();
        assertThat(repository.findAll()).isEmpty();
        assertThat(repository.findLatest(5)).isEmpty();
    }

    @Test
    void findsEntriesInAHalfOpenRangeOldestFirst() {
        Instant start = MONDAY_TWO_PM.truncatedTo(ChronoUnit.MILLIS);
        PainEntry later = repository.save(aPainEntry(start.plus(Duration.ofHours(1))));
        PainEntry before = repository.save(aPainEntry(start.minusMillis(1)));
        PainEntry atStart = repository.save(aPainEntry(start));
        PainEntry atEnd = repository.save(aPainEntry(start.plus(Duration.ofDays(1))));

        List<PainEntry> found = repository.findBetween(start, start.plus(Duration.ofDays(1)));

        assertThat(found).containsExactly(atStart, later);
        assertThat(found).doesNotContain(before, atEnd);
    }

    @Test
    void findsAllEntriesOldestFirstWhateverTheOrderSaved() {
        PainEntry third = repository.save(aPainEntry(MONDAY_TWO_PM.plus(Duration.ofDays(2))));
        PainEntry first = repository.save(aPainEntry(MONDAY_TWO_PM));
        PainEntry second = repository.save(aPainEntry(MONDAY_TWO_PM.plus(Duration.ofDays(1))));

        assertThat(repository.findAll()).containsExactly(first, second, third);
    }

    @Test
    void findsTheLatestEntriesNewestFirst() {
        List<PainEntry> saved = new ArrayList<>();
        for (int hour = 0; hour < 5; hour++) {
            saved.add(repository.save(aPainEntry(MONDAY_TWO_PM.plus(Duration.ofHours(hour)))));
        }

        assertThat(repository.findLatest(3)).containsExactly(saved.get(4), saved.get(3), saved.get(2));
        assertThat(repository.findLatest(100)).hasSize(5);
        assertThat(repository.findLatest(0)).isEmpty();
    }

    @Test
    void roundTripsRandomEntriesExactly() {
        Random random = new Random(20260330);
        List<PainEntry> saved = new ArrayList<>();
        for (int index = 0; index < 60; index++) {
            saved.add(repository.save(aRandomPainEntry(random)));
        }

        for (PainEntry entry : saved) {
            assertThat(repository.find(entry.id())).contains(entry);
        }
        assertThat(repository.count()).isEqualTo(60);
        assertThat(repository.findAll())
                .containsExactlyElementsOf(saved.stream()
                        .sorted(Comparator.comparing(PainEntry::at).thenComparing(PainEntry::id))
                        .toList());
    }

    @Test
    void keepsANoteOfTheLongestLength() {
        String note = "ü".repeat(PainEntry.MAX_NOTE_LENGTH);
        PainEntry entry = aPainEntry(MONDAY_TWO_PM);
        PainEntry longNote =
                new PainEntry(null, entry.at(), entry.pain(), entry.where(), entry.character(), null, note);

        assertThat(repository.find(repository.save(longNote).id()).orElseThrow().note())
                .isEqualTo(note);
    }

    @Test
    void keepsEachPersonsEntriesApart() {
        JdbcPainEntryRepository other = new JdbcPainEntryRepository(database, new PersonId("someone-else"));
        PainEntry mine = repository.save(aPainEntry(MONDAY_TWO_PM));
        PainEntry theirs = other.save(aPainEntry(MONDAY_TWO_PM.plusSeconds(60)));

        assertThat(repository.find(theirs.id())).isEmpty();
        assertThat(other.find(mine.id())).isEmpty();
        assertThat(repository.findAll()).containsExactly(mine);
        assertThat(repository.findBetween(MONDAY_TWO_PM.minusSeconds(1), MONDAY_TWO_PM.plusSeconds(3_600)))
                .containsExactly(mine);
        assertThat(repository.findLatest(5)).containsExactly(mine);
        assertThat(repository.count()).isEqualTo(1);
        List<PainEntry> streamed = new ArrayList<>();
        other.forEachInOrder(streamed::add);
        assertThat(streamed).containsExactly(theirs);
    }
}
