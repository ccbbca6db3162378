package io.nape.store.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.person.PersonId;
import io.nape.core.plan.BreakRules;
import io.nape.core.plan.Settings;
import io.nape.core.plan.SettingsRepository;
import io.nape.core.plan.WeekSessions;
import io.nape.store.persistence.Database;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every settings repository does, whatever database holds it. */
abstract class SettingsRepositoryContract {
    private Database database;
    private SettingsRepository repository;

    abstract Database openDatabase();

    @BeforeEach
    void open() {
        database = openDatabase();
        repository = new JdbcSettingsRepository(database, PersonId.LOCAL);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void holdsNothingUntilSettingsAreSaved() {
        assertThat(repository.find()).isEmpty();
    }

    @Test
    void readsBackTheDefaultsExactly() {
        Settings defaults = Settings.defaults(ZoneId.of("Europe/Berlin"));

        repository.save(defaults);

        assertThat(repository.find()).contains(defaults);
    }

    @Test
    void replacesTheSettingsAndKeepsEveryField() {
        repository.save(Settings.defaults(ZoneId.of("Europe/Berlin")));
        Settings nightShift = new Settings(
                ZoneId.of("America/New_York"),
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                LocalTime.of(22, 0),
                LocalTime.of(6, 30),
                null,
                LocalTime.of(15, 0),
                LocalTime.of(7, 15),
                45,
                Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)),
                DosageLevel.GENTLE,
                LocalDate.of(2026, 1, 5),
                new BreakRules(4, 12, 45, false),
                new WeekSessions(
                        EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                        LocalTime.of(18, 45),
                        true));

        repository.save(nightShift);

        assertThat(repository.find()).contains(nightShift);
    }

    @Test
    void keepsYogaRightAfterWorkAsNoTime() {
        Settings defaults = Settings.defaults(ZoneId.of("Europe/Berlin"));
        Settings afterWork =
                defaults.withWeek(defaults.week().withYogaTime(null).withLunchSession(true));

        repository.save(defaults.withWeek(defaults.week().withYogaTime(LocalTime.of(19, 0))));
        repository.save(afterWork);

        assertThat(repository.find()).contains(afterWork);
    }

    @Test
    void keepsEachPersonsSettingsApart() {
        SettingsRepository other = new JdbcSettingsRepository(database, new PersonId("someone-else"));
        Settings berlin = Settings.defaults(ZoneId.of("Europe/Berlin"));
        Settings tokyo = Settings.defaults(ZoneId.of("Asia/Tokyo"));

        repository.save(berlin);
        assertThat(other.find()).isEmpty();
        other.save(tokyo);
        Settings newYork = Settings.defaults(ZoneId.of("America/New_York"));
        repository.save(newYork);

        assertThat(repository.find()).contains(newYork);
        assertThat(other.find()).contains(tokyo);
    }
}
