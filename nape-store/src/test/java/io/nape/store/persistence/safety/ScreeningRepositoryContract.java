package io.nape.store.persistence.safety;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.person.PersonId;
import io.nape.core.safety.Condition;
import io.nape.core.safety.Onset;
import io.nape.core.safety.Screening;
import io.nape.core.safety.ScreeningRepository;
import io.nape.core.safety.Sign;
import io.nape.core.safety.SymptomReport;
import io.nape.core.safety.TriageResult;
import io.nape.store.persistence.Database;
import io.nape.store.safety.TriageRulesLoader;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every screening repository does, whatever database holds it. */
abstract class ScreeningRepositoryContract {
    private static final Instant MONDAY = Instant.parse("2026-03-30T08:15:30.250Z");

    private Database database;
    private ScreeningRepository repository;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        repository = new JdbcScreeningRepository(database, PersonId.LOCAL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void holdsNoScreeningAtFirst() {
        assertThat(repository.findLatest()).isEmpty();
    }

    @Test
    void readsBackTheAnswersAndTheAdviceWithEveryReason() {
        SymptomReport report = SymptomReport.builder()
                .age(58)
                .painLevel(6)
                .daysSinceOnset(3.5)
                .worsening(true)
                .onset(Onset.GRADUAL)
                .signs(Sign.HEADACHE, Sign.ARM_NUMBNESS)
                .conditions(Condition.OSTEOPOROSIS)
                .build();
        TriageResult result = TriageRulesLoader.bundled().assess(report);

        Screening saved = repository.save(new Screening(null, MONDAY, report, result));

        assertThat(result.reasons()).hasSizeGreaterThan(1);
        assertThat(saved.id()).isNotNull();
        assertThat(repository.findLatest()).contains(saved);
    }

    @Test
    void keepsUnansweredQuestionsUnanswered() {
        Screening saved = repository.save(new Screening(null, MONDAY, SymptomReport.empty(), TriageResult.clear()));

        Screening read = repository.findLatest().orElseThrow();

        assertThat(read).isEqualTo(saved);
        assertThat(read.report().age()).isNull();
        assertThat(read.report().worsening()).isNull();
        assertThat(read.result().reasons()).isEmpty();
    }

    @Test
    void givesTheNewestCheckAsTheLatest() {
        SymptomReport urgent =
                SymptomReport.builder().signs(Sign.FEVER, Sign.STIFF_NECK).build();
        repository.save(
                new Screening(null, MONDAY, urgent, TriageRulesLoader.bundled().assess(urgent)));
        Screening later = repository.save(
                new Screening(null, MONDAY.plusSeconds(3600), SymptomReport.empty(), TriageResult.clear()));

        assertThat(repository.findLatest()).contains(later);
    }

    @Test
    void findsEveryCheckOldestFirstWithItsReasons() {
        SymptomReport urgent =
                SymptomReport.builder().signs(Sign.FEVER, Sign.STIFF_NECK).build();
        Screening later = repository.save(new Screening(
                null,
                MONDAY.plusSeconds(3600),
                urgent,
                TriageRulesLoader.bundled().assess(urgent)));
        Screening earlier = repository.save(new Screening(null, MONDAY, SymptomReport.empty(), TriageResult.clear()));
        assertThat(later.result().reasons()).isNotEmpty();

        assertThat(repository.findAll()).containsExactly(earlier, later);
    }

    @Test
    void keepsEachPersonsChecksApart() {
        ScreeningRepository other = new JdbcScreeningRepository(database, new PersonId("someone-else"));
        SymptomReport urgent =
                SymptomReport.builder().signs(Sign.FEVER, Sign.STIFF_NECK).build();
        Screening mine = repository.save(new Screening(null, MONDAY, SymptomReport.empty(), TriageResult.clear()));
        Screening theirs = other.save(new Screening(
                null,
                MONDAY.plusSeconds(60),
                urgent,
                TriageRulesLoader.bundled().assess(urgent)));

        assertThat(repository.findLatest()).contains(mine);
        assertThat(repository.findAll()).containsExactly(mine);
        assertThat(other.findLatest()).contains(theirs);
        assertThat(other.findAll()).containsExactly(theirs);
        assertThat(other.findAll().get(0).result().reasons()).isNotEmpty();
    }
}
