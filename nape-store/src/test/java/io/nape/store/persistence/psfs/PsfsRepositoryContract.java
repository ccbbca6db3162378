package io.nape.store.persistence.psfs;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.person.PersonId;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import io.nape.core.psfs.PsfsRepository;
import io.nape.store.persistence.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every PSFS repository does, whatever database holds it. */
abstract class PsfsRepositoryContract {
    private static final Instant MONDAY = Instant.parse("2026-11-02T09:15:30.123456Z");

    private Database database;
    private PsfsRepository repository;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        repository = new JdbcPsfsRepository(database, PersonId.LOCAL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static PsfsAnswer answer(Instant at, Object... activitiesAndScores) {
        List<PsfsRating> ratings = new java.util.ArrayList<>();
        for (int i = 0; i < activitiesAndScores.length; i += 2) {
            ratings.add(new PsfsRating((String) activitiesAndScores[i], (Integer) activitiesAndScores[i + 1]));
        }
        return new PsfsAnswer(at, ratings);
    }

    @Test
    void knowsNoAnswerAtFirst() {
        assertThat(repository.findAll()).isEmpty();
        assertThat(repository.latest()).isEmpty();
        assertThat(repository.lastActivities()).isEmpty();
    }

    @Test
    void savesAnAnswerAndReadsItBackEqualToTheMillisecond() {
        PsfsAnswer given = answer(MONDAY, "Looking over my shoulder", 4, "Reading in bed", 6, "Лежать на боку", 0);

        PsfsAnswer saved = repository.save(given);

        assertThat(saved.at()).isEqualTo(Instant.parse("2026-11-02T09:15:30.123Z"));
        assertThat(saved.ratings()).isEqualTo(given.ratings());
        assertThat(repository.findAll()).containsExactly(saved);
        assertThat(repository.latest()).contains(saved);
    }

    @Test
    void keepsTheActivitiesInThePersonsOrderAndTheAnswersInTimeOrder() {
        PsfsAnswer later = answer(MONDAY.plus(Duration.ofDays(7)), "Reading", 7, "Driving", 8);
        PsfsAnswer first = answer(MONDAY, "Driving", 3, "Reading", 5);
        PsfsAnswer newest = answer(MONDAY.plus(Duration.ofDays(14)), "Reading", 9, "Driving", 10);

        repository.save(later);
        repository.save(first);
        repository.save(newest);

        assertThat(repository.findAll()).extracting(PsfsAnswer::total).containsExactly(8, 15, 19);
        assertThat(repository.findAll().get(0).activities()).containsExactly("Driving", "Reading");
        assertThat(repository.lastActivities()).containsExactly("Reading", "Driving");
    }

    @Test
    void keepsALongActivityAndTheEndsOfTheScale() {
        String longest = "ж".repeat(PsfsRating.MAX_ACTIVITY_LENGTH);

        repository.save(answer(MONDAY, longest, 0, "Sleeping", 10));

        PsfsAnswer found = repository.latest().orElseThrow();
        assertThat(found.ratings()).containsExactly(new PsfsRating(longest, 0), new PsfsRating("Sleeping", 10));
    }

    @Test
    void countsASkipAsAskedButNotAsAnAnswer() {
        PsfsAnswer saved = repository.save(answer(MONDAY, "Driving", 3));
        Instant skipped = Instant.parse("2026-11-09T08:00:00Z");

        repository.skip(skipped);

        assertThat(repository.lastAsked()).contains(skipped);
        assertThat(repository.findAll()).containsExactly(saved);
        assertThat(repository.latest()).contains(saved);
        assertThat(repository.lastActivities()).containsExactly("Driving");
    }

    @Test
    void knowsWhenLastAskedFromAnAnswerAlone() {
        assertThat(repository.lastAsked()).isEmpty();

        PsfsAnswer saved = repository.save(answer(MONDAY, "Driving", 3));

        assertThat(repository.lastAsked()).contains(saved.at());
    }

    @Test
    void keepsEachPersonsAnswersApart() {
        PsfsRepository other = new JdbcPsfsRepository(database, new PersonId("someone-else"));
        PsfsAnswer mine = repository.save(answer(MONDAY, "Driving", 3));
        PsfsAnswer theirs = other.save(answer(MONDAY.plus(Duration.ofDays(1)), "Reading", 8, "Sleeping", 2));
        Instant skipped = MONDAY.plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MILLIS);
        other.skip(skipped);

        assertThat(repository.findAll()).containsExactly(mine);
        assertThat(repository.latest()).contains(mine);
        assertThat(repository.lastAsked()).contains(mine.at());
        assertThat(other.latest()).contains(theirs);
        assertThat(other.lastAsked()).contains(skipped);
    }
}
