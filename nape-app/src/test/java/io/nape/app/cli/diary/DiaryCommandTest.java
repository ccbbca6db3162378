package io.nape.app.cli.diary;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.config.AppConfig;
import io.nape.core.diary.PainArea;
import io.nape.core.diary.PainCharacter;
import io.nape.core.diary.PainEntry;
import io.nape.core.person.PersonId;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.diary.JdbcPainEntryRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read the diary back through the real command line, from entries stored at known times. */
class DiaryCommandTest {
    @TempDir
    Path home;

    @BeforeEach
    void workInBerlin() {
        assertThat(CliRun.run(home, "settings", "set", "timeZone", "Europe/Berlin")
                        .exitCode())
                .isZero();
    }

    @Test
    void listsTheEntriesOfTheRangeByLocalDayOldestFirst() {
        // 2026-01-04T23:30Z is 5 January 00:30 in Berlin: inside a range that starts on the 5th.
        store(new PainEntry(
                null,
                Instant.parse("2026-01-06T08:15:00Z"),
                6,
                Set.of(PainArea.NECK, PainArea.ARMS),
                Set.of(PainCharacter.SHOOTING),
                4,
                "lifted\nthe box"));
        store(new PainEntry(null, Instant.parse("2026-01-04T23:30:00Z"), 3, Set.of(), Set.of(), null, ""));
        store(new PainEntry(null, Instant.parse("2026-01-04T22:30:00Z"), 9, Set.of(), Set.of(), null, ""));
        store(new PainEntry(null, Instant.parse("2026-01-07T23:00:00Z"), 9, Set.of(), Set.of(), null, ""));

        CliRun diary = CliRun.run(home, "diary", "--from", "2026-01-05", "--to", "2026-01-07");

        assertThat(diary.exitCode()).isZero();
        assertThat(diary.out())
                .isEqualTo("Diary from 2026-01-05 to 2026-01-07 (Europe/Berlin)\n"
                        + "2026-01-05 00:30  pain 3/10\n"
                        + "2026-01-06 09:15  pain 6/10, stiffness 4/10, neck and arms, shooting: lifted the box\n");
    }

    @Test
    void printsTheRangeAsJson() {
        store(new PainEntry(
                null, Instant.parse("2026-01-06T08:15:00Z"), 6, Set.of(PainArea.NECK), Set.of(), null, "x"));

        CliRun diary = CliRun.run(home, "diary", "--from", "2026-01-05", "--to", "2026-01-07", "--json");

        assertThat(diary.exitCode()).isZero();
        assertThat(diary.out())
                .contains("\"from\" : \"2026-01-05\"", "\"to\" : \"2026-01-07\"", "\"timeZone\" : \"Europe/Berlin\"")
                .contains("\"at\" : \"2026-01-06T08:15:00Z\"", "\"pain\" : 6", "\"stiffness\" : null")
                .contains("\"sessions\" : [ ]");
    }

    @Test
    void listsSessionsBesidePain() {
        CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");
        CliRun.run(home, "log", "pain", "3");

        CliRun diary = CliRun.run(home, "diary");

        assertThat(diary.exitCode()).isZero();
        assertThat(diary.out().lines().toList())
                .hasSize(3)
                .satisfies(lines ->
                        assertThat(lines.get(0)).startsWith("Diary from ").endsWith(" (Europe/Berlin)"))
                .satisfies(lines -> assertThat(lines.get(1)).contains("  session posture (gentle), completed, "))
                .satisfies(lines -> assertThat(lines.get(2)).endsWith("  pain 3/10"));
    }

    @Test
    void saysSoWhenNothingWasLogged() {
        CliRun diary = CliRun.run(home, "diary", "--from", "2026-01-01", "--to", "2026-01-14");

        assertThat(diary.exitCode()).isZero();
        assertThat(diary.out())
                .isEqualTo("Nothing logged from 2026-01-01 to 2026-01-14."
                        + " Log pain with './nape log pain 4 --where neck'.\n");
    }

    @Test
    void rejectsADateThatDoesNotExist() {
        CliRun diary = CliRun.run(home, "diary", "--from", "2026-02-30");

        assertThat(diary.exitCode()).isEqualTo(1);
        assertThat(diary.err()).isEqualTo("--from must be a date written YYYY-MM-DD, such as 2026-03-30.\n");
    }

    @Test
    void rejectsALastDayFarFromTodayInOneLine() {
        CliRun diary = CliRun.run(home, "diary", "--to", "9999-12-31");

        assertThat(diary.exitCode()).isEqualTo(1);
        assertThat(diary.err()).startsWith("--to 9999-12-31 is more than 10 years from today; give a date from ");
        assertThat(diary.err().lines()).hasSize(1);
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        CliRun diary = CliRun.run(home, "diary", "--from", "2026-03-10", "--to", "2026-03-01");

        assertThat(diary.exitCode()).isEqualTo(1);
        assertThat(diary.err())
                .isEqualTo("--from 2026-03-10 is after --to 2026-03-01; give a --from on or before --to.\n");
    }

    private void store(PainEntry entry) {
        AppConfig config = AppConfig.from(Map.of("NAPE_HOME", home.toString(), "HOME", home.toString()), null);
        try (Database database = Database.openSqlite(config.databaseFile())) {
            new JdbcPainEntryRepository(database, PersonId.LOCAL).save(entry);
        }
    }
}
