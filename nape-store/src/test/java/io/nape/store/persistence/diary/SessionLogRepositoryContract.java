package io.nape.store.persistence.diary;

import static io.nape.store.persistence.diary.SessionLogs.MONDAY_NINE;
import static io.nape.store.persistence.diary.SessionLogs.aRandomSessionLog;
import static io.nape.store.persistence.diary.SessionLogs.aSessionLog;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.diary.SessionLog;
import io.nape.core.diary.SessionLogRepository;
import io.nape.core.diary.SessionSummary;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every session log repository does, whatever database holds it. */
abstract class SessionLogRepositoryContract {
    private Database database;
    private SessionLogRepository repository;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        repository = new JdbcSessionLogRepository(database, PersonId.LOCAL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void savesALogAndReadsItBackEqualToTheMillisecond() {
        SessionLog log = aSessionLog(MONDAY_NINE);

        SessionLog saved = repository.save(log);

        assertThat(saved.id()).isNotNull();
        assertThat(saved.startedAt()).isEqualTo(MONDAY_NINE.truncatedTo(ChronoUnit.MILLIS));
        assertThat(repository.find(saved.id())).contains(saved);
        assertThat(repository.find(saved.id()).orElseThrow().exercises()).hasSize(3);
    }

    @Test
    void givesEverySavedLogItsOwnId() {
        long first = repository.save(aSessionLog(MONDAY_NINE)).id();
        long second = repository.save(aSessionLog(MONDAY_NINE)).id();

        assertThat(second).isNotEqualTo(first);
        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    void keepsALogWithoutExercises() {
        SessionLog log = aSessionLog(MONDAY_NINE);
        SessionLog empty = new SessionLog(
                null, log.routine(), log.level(), log.startedAt(), log.endedAt(), log.outcome(), List.of());

        SessionLog saved = repository.save(empty);

        assertThat(repository.find(saved.id()).orElseThrow().exercises()).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository.find(424242)).isEmpty();
        assertThat(repository.count()).isZero();
    }

    @Test
    void findsLogsStartedInAHalfOpenRangeOldestFirst() {
        Instant start = MONDAY_NINE.truncatedTo(ChronoUnit.MILLIS);
        SessionLog before = repository.save(aSessionLog(start.minusMillis(1)));
        SessionLog atStart = repository.save(aSessionLog(start));
        SessionLog later = repository.save(aSessionLog(start.plus(Duration.ofHours(1))));
        SessionLog atEnd = repository.save(aSessionLog(start.plus(Duration.ofDays(1))));

        List<SessionLog> found = repository.findStartedBetween(start, start.plus(Duration.ofDays(1)));

        assertThat(found).containsExactly(atStart, later);
        assertThat(found).doesNotContain(before, atEnd);
    }

    @Test
    void findsTheNewestLogsNewestFirst() {
        List<SessionLog> saved = new ArrayList<>();
        for (int hour = 0; hour < 5; hour++) {
            saved.add(repository.save(aSessionLog(MONDAY_NINE.plus(Duration.ofHours(hour)))));
        }

        assertThat(repository.findRecent(3)).containsExactly(saved.get(4), saved.get(3), saved.get(2));
        assertThat(repository.findRecent(100)).hasSize(5);
        assertThat(repository.findRecent(0)).isEmpty();
    }

    @Test
    void roundTripsRandomLogsExactly() {
        Random random = new Random(20261125);
        List<SessionLog> saved = new ArrayList<>();
        for (int index = 0; index < 50; index++) {
            saved.add(repository.save(aRandomSessionLog(random)));
        }

        for (SessionLog log : saved) {
            assertThat(repository.find(log.id())).contains(log);
        }
        assertThat(repository.count()).isEqualTo(50);
    }

    @Test
    void findsEveryLogOldestFirstWithItsExercises() {
        Instant start = MONDAY_NINE.truncatedTo(ChronoUnit.MILLIS);
        SessionLog later = repository.save(aSessionLog(start.plus(Duration.ofHours(2))));
        SessionLog earlier = repository.save(aSessionLog(start));
        SessionLog sameTimeLaterId = repository.save(aSessionLog(start));

        assertThat(repository.findAll()).containsExactly(earlier, sameTimeLaterId, later);
        assertThat(repository.findAll().get(0).exercises()).hasSize(3);
    }

    @Test
    void sumsUpLogsInARangeAsTheWholeLogsWouldWithoutReadingTheirExercises() {
        Random random = new Random(20261126);
        for (int index = 0; index < 60; index++) {
            repository.save(aRandomSessionLog(random));
        }
        Instant from = Instant.ofEpochMilli(1_700_200_000_000L);
        Instant to = Instant.ofEpochMilli(1_700_800_000_000L);

        List<SessionSummary> summaries = repository.findSummariesStartedBetween(from, to);

        assertThat(summaries)
                .isNotEmpty()
                .containsExactlyElementsOf(repository.findStartedBetween(from, to).stream()
                        .map(SessionSummary::of)
                        .toList());
        assertThat(summaries)
                .anySatisfy(summary -> assertThat(summary.completedCount()).isPositive());
        assertThat(summaries)
                .anySatisfy(summary -> assertThat(summary.completedCount()).isZero());
    }

    @Test
    void countsOnlyCompletedExercisesInASummary() {
        SessionLog saved = repository.save(aSessionLog(MONDAY_NINE));
        Instant start = saved.startedAt();

        assertThat(repository.findSummariesStartedBetween(start, start.plusMillis(1)))
                .containsExactly(new SessionSummary(saved.id(), saved.routine(), start, saved.outcome(), 1));
        assertThat(repository.findSummariesStartedBetween(start.plusMillis(1), start.plusSeconds(60)))
                .isEmpty();
    }

    @Test
    void keepsEachPersonsLogsApart() {
        JdbcSessionLogRepository other = new JdbcSessionLogRepository(database, new PersonId("someone-else"));
        SessionLog mine = repository.save(aSessionLog(MONDAY_NINE));
        SessionLog theirs = other.save(aSessionLog(MONDAY_NINE.plusSeconds(60)));

        assertThat(repository.find(theirs.id())).isEmpty();
        assertThat(other.find(mine.id())).isEmpty();
        assertThat(repository.findAll()).containsExactly(mine);
        assertThat(repository.findStartedBetween(MONDAY_NINE.minusSeconds(1), MONDAY_NINE.plusSeconds(3_600)))
                .containsExactly(mine);
        assertThat(repository.findSummariesStartedBetween(MONDAY_NINE.minusSeconds(1), MONDAY_NINE.plusSeconds(3_600)))
                .extracting(SessionSummary::id)
                .containsExactly(mine.id());
        assertThat(repository.findRecent(5)).containsExactly(mine);
        assertThat(repository.count()).isEqualTo(1);
        assertThat(other.findAll()).containsExactly(theirs);
        assertThat(other.findAll().get(0).exercises()).hasSize(3);
        List<SessionLog> streamed = new ArrayList<>();
        other.forEachInOrder(streamed::add);
        assertThat(streamed).containsExactly(theirs);
    }
}
