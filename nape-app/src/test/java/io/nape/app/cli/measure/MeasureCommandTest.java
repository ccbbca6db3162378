package io.nape.app.cli.measure;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Measure function with the PSFS through the real command line into the real SQLite file. */
class MeasureCommandTest {
    private static final String DRIVING = "Looking over my shoulder when driving";

    @TempDir
    Path home;

    @BeforeEach
    void workInUtc() {
        assertThat(CliRun.run(home, "settings", "set", "timeZone", "UTC").exitCode())
                .isZero();
    }

    private String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private void assertNothingSaved() {
        CliRun history = CliRun.run(home, "measure", "--history", "--json");
        assertThat(history.exitCode()).isZero();
        assertThat(history.out().strip()).isEqualTo("[ ]");
    }

    @Test
    void ratesThenShowsTheHistoryNewestFirstWithTheChangeSinceTheFirst() {
        CliRun first = CliRun.run(home, "measure", "--rate", DRIVING + "=4", "--rate", "Reading in bed=6");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .isEqualTo("Saved. Your PSFS score is 5 of 10, the mean of 2 activities:\n"
                        + "  " + DRIVING + ": 4 of 10\n"
                        + "  Reading in bed: 6 of 10\n"
                        + "This is your first answer. Rate the same activities again in a week to see what changed.\n");

        CliRun second =
                CliRun.run(home, "measure", "--rate", "reading in bed=7", "--rate", DRIVING.toUpperCase() + "=7");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out())
                .contains("Your PSFS score is 7 of 10")
                .contains("Since your first answer on " + today() + ": 5 → 7, a real improvement.\n")
                .contains("  reading in bed: 6 → 7, less than the 2 points that make a real change\n")
                .contains("  " + DRIVING.toUpperCase() + ": 4 → 7, a real improvement\n");

        CliRun history = CliRun.run(home, "measure", "--history");

        assertThat(history.exitCode()).isZero();
        assertThat(history.out())
                .startsWith("2 answers, newest first:\n" + today()
                        + ": score 7 of 10, +2 since the first answer, a real improvement\n")
                .contains(today() + ": score 5 of 10, your first answer\n");
        assertThat(history.out().indexOf("reading in bed: 7"))
                .isLessThan(history.out().indexOf("Reading in bed: 6"));
    }

    @Test
    void ratesThenShowsTheHistoryInRussian() {
        CliRun first = CliRun.run(home, "--lang", "ru", "measure", "--rate", "Смотреть через плечо=3");
        CliRun second = CliRun.run(home, "--lang", "ru", "measure", "--rate", "смотреть через плечо=4");

        assertThat(first.out())
                .startsWith("Сохранено. Ваш результат PSFS — 3 из 10, среднее по 1 занятию:\n")
                .contains("Это ваш первый ответ.");
        assertThat(second.out())
                .contains("С первого ответа " + today()
                        + ": 3 → 4, меньше 2 баллов, которые считаются заметной переменой.");

        CliRun history = CliRun.run(home, "--lang", "ru", "measure", "--history");
        assertThat(history.out())
                .startsWith("2 ответа, сначала новые:\n")
                .contains("результат 4 из 10, +1 с первого ответа")
                .contains("результат 3 из 10, ваш первый ответ");
    }

    @Test
    void printsTheAnswerAndItsHistoryAsJson() {
        CliRun.run(home, "measure", "--rate", DRIVING + "=2");
        CliRun rated = CliRun.run(home, "measure", "--rate", DRIVING + "=5", "--json");

        assertThat(rated.out())
                .contains("\"score\" : 5.0", "\"meaningful\" : \"better\"", "\"change\" : 3", "\"sincePrevious\" : {");
        CliRun history = CliRun.run(home, "measure", "--history", "--json");
        assertThat(history.out()).contains("\"sinceFirst\" : null", "\"activity\" : \"" + DRIVING + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Driving=11 | A score is a whole number from 0 to 10, not 11.",
                "Driving=-1 | A score is a whole number from 0 to 10, not -1.",
                "Driving=four | A score is a whole number from 0 (you cannot do it) to 10 (as well as before the problem).",
                "Driving | Write each rating as ACTIVITY=SCORE, for example --rate \"Driving=4\".",
                "=5 | An activity is empty; name something your neck makes hard, for example driving.",
                "'   =5' | An activity is empty; name something your neck makes hard, for example driving."
            })
    void refusesABadRatingInOneSentenceAndSavesNothing(String rating, String message) {
        CliRun run = CliRun.run(home, "measure", "--rate", rating);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(message + "\n");
        assertThat(run.out()).isEmpty();
        assertNothingSaved();
    }

    @Test
    void refusesFourActivities() {
        CliRun run = CliRun.run(home, "measure", "--rate", "A=1", "--rate", "B=2", "--rate", "C=3", "--rate", "D=4");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Rate at most 3 activities; you gave 4.\n");
        assertNothingSaved();
    }

    @Test
    void refusesAFiveHundredCharacterActivityWithoutEchoingIt() {
        String activity = "a".repeat(500);

        CliRun run = CliRun.run(home, "measure", "--rate", activity + "=5");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("An activity can be at most 200 characters long, and one has 500; shorten it.\n")
                .doesNotContain("aaaa");
        assertNothingSaved();
    }

    @Test
    void refusesTheSameActivityTwice() {
        CliRun run = CliRun.run(home, "measure", "--rate", "Driving=1", "--rate", "driving=2");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Activities 1 and 2 are the same; name each activity once.\n");
        assertNothingSaved();
    }

    @Test
    void refusesOtherActivitiesThanLastTimeUnlessNewIsGiven() {
        assertThat(CliRun.run(home, "measure", "--rate", DRIVING + "=4", "--rate", "Reading=5")
                        .exitCode())
                .isZero();

        CliRun other = CliRun.run(home, "measure", "--rate", "Sleeping=3", "--rate", "Reading=5");
        CliRun fewer = CliRun.run(home, "measure", "--rate", "Reading=5");

        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err())
                .isEqualTo("Rate the same 2 activities as last time, or add --new to start again with new ones;"
                        + " './nape measure --history' shows them.\n")
                .doesNotContain("Sleeping", "Reading");
        assertThat(fewer.exitCode()).isEqualTo(1);
        CliRun history = CliRun.run(home, "measure", "--history");
        assertThat(history.out()).startsWith("1 answer, newest first:");

        CliRun fresh = CliRun.run(home, "measure", "--new", "--rate", "Sleeping=3");
        assertThat(fresh.exitCode()).as(fresh.err()).isZero();
        assertThat(CliRun.run(home, "measure", "--rate", "sleeping=6").exitCode())
                .isZero();
    }

    @Test
    void asksWhatToDoWhenGivenNothing() {
        CliRun run = CliRun.run(home, "measure");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Say what to measure: rate up to three activities with --rate \"ACTIVITY=SCORE\","
                        + " or show your answers with --history.\n");
    }

    @Test
    void saysInRussianWhatIsWrongWithAScore() {
        CliRun run = CliRun.run(home, "--lang", "ru", "measure", "--rate", "Вождение=11");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Оценка — целое число от 0 до 10, а не 11.\n");
        assertNothingSaved();
    }

    @Test
    void comparesAThirdAnswerWithTheFirstAndThePrevious() {
        CliRun.run(home, "measure", "--rate", DRIVING + "=2");
        CliRun.run(home, "measure", "--rate", DRIVING + "=6");

        CliRun third = CliRun.run(home, "measure", "--rate", DRIVING + "=5");

        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(third.out())
                .contains("Since your first answer on " + today() + ": 2 → 5, a real improvement.\n")
                .contains("Since your last answer on " + today()
                        + ": 6 → 5, less than the 2 points that make a real change.\n");
    }
}
