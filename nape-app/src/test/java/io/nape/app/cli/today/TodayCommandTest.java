package io.nape.app.cli.today;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.json.JsonOutput;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code ./nape today}: what each of today's micro-breaks holds, in words and in JSON. */
class TodayCommandTest {
    @TempDir
    Path home;

    /**
     * Every day a work day, from midnight on, so that today has micro-breaks whatever the date; and
     * a time zone where it is now between 01:00 and 02:00, so that a micro-break comes next whatever
     * the hour the test runs at (late in the day the evening session or yoga would come first).
     */
    @BeforeEach
    void workEveryDay() {
        int hourHere = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(1 - hourHere, 24);
        // Written as UTC+06:00 or UTC-10:00: a bare -10:00 would read as an option.
        String zone = java.time.ZoneId.ofOffset("UTC", java.time.ZoneOffset.ofHours(offset > 14 ? offset - 24 : offset))
                .getId();
        assertThat(CliRun.run(home, "settings", "set", "timeZone", zone).exitCode())
                .isZero();
        assertThat(CliRun.run(home, "settings", "set", "workDays", "MON,TUE,WED,THU,FRI,SAT,SUN")
                        .exitCode())
                .isZero();
        assertThat(CliRun.run(home, "settings", "set", "workStart", "00:00").exitCode())
                .isZero();
        assertThat(CliRun.run(home, "settings", "set", "workEnd", "23:59").exitCode())
                .isZero();
    }

    @Test
    void saysUnderEachMicroBreakWhichExercisesAndSidesItHoldsAndHowLong() {
        CliRun today = CliRun.run(home, "today");

        assertThat(today.exitCode()).as(today.err()).isZero();
        assertThat(today.out())
                .containsPattern(
                        "Micro-break +desk-break +2 min .*\\n {9}holds exercises? \\d+[^\\n]*: 1 min \\d+ s\\n")
                .containsPattern("holds exercise \\d, (left|right) side: ")
                .contains("Next: a micro-break at ")
                .contains("'./nape start --break' plays it.");
    }

    @Test
    void saysItInRussian() {
        CliRun today = CliRun.run(home, "--lang", "ru", "today");

        assertThat(today.out())
                .containsPattern("в нём: упражнени[ея] \\d")
                .contains("'./nape start --break' запустит его.");
    }

    @Test
    void givesThePiecesOfEveryMicroBreakInJson() {
        JsonNode events = JsonOutput.mapper()
                .readTree(CliRun.run(home, "today", "--json").out())
                .get("events");

        int breaks = 0;
        for (JsonNode event : events) {
            boolean microBreak = event.get("kind").asString().equals("MICRO_BREAK");
            assertThat(event.get("pieces").isEmpty()).isEqualTo(!microBreak);
            if (microBreak) {
                breaks++;
                long seconds = 0;
                for (JsonNode piece : event.get("pieces")) {
                    seconds += piece.get("seconds").asLong();
                    assertThat(piece.get("number").asInt()).isBetween(1, 9);
                }
                assertThat(seconds).isBetween(1L, 120L);
            }
        }
        assertThat(breaks).isPositive();
    }
}
