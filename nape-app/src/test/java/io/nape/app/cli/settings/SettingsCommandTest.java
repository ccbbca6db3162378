package io.nape.app.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Change settings through the real command line and read them back from the real store. */
class SettingsCommandTest {
    @TempDir
    Path home;

    @Test
    void keepsAChangedSettingForTheNextCommand() {
        CliRun set = CliRun.run(home, "settings", "set", "workStart", "08:30");

        assertThat(set.exitCode()).isZero();
        assertThat(set.out()).startsWith("Saved workStart. The settings are now:\n");
        CliRun shown = CliRun.run(home, "settings");
        assertThat(shown.out()).contains("workStart          08:30\n", "workEnd            18:00\n");
    }

    @Test
    void acceptsListsLunchAndNoneInTheirShortForms() {
        CliRun.run(home, "settings", "set", "timeZone", "America/New_York");
        CliRun.run(home, "settings", "set", "workDays", "MON,WED,FRI");
        CliRun.run(home, "settings", "set", "lunch", "12:30-13:15");
        CliRun.run(home, "settings", "set", "relaxationStart", "2026-01-05");

        CliRun json = CliRun.run(home, "settings", "--json");

        assertThat(json.out())
                .contains("\"timeZone\" : \"America/New_York\"")
                .contains("\"workDays\" : [ \"MON\", \"WED\", \"FRI\" ]")
                .contains("\"start\" : \"12:30\"", "\"end\" : \"13:15\"")
                .contains("\"relaxationStart\" : \"2026-01-05\"");

        CliRun.run(home, "settings", "set", "lunch", "none");
        assertThat(CliRun.run(home, "settings").out()).contains("lunch              none\n");
    }

    @Test
    void usesTheStoredSettingsForThePlan() {
        CliRun.run(home, "settings", "set", "timeZone", "Europe/Berlin");
        CliRun.run(home, "settings", "set", "morning", "06:45");

        CliRun plan = CliRun.run(home, "plan", "--from", "2026-03-30", "--json");

        assertThat(plan.out()).contains("\"at\" : \"2026-03-30T06:45+02:00\"");
    }

    @Test
    void rejectsAValueOutOfRangeAndKeepsTheOldOne() {
        CliRun set = CliRun.run(home, "settings", "set", "breakEveryMinutes", "5");

        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err())
                .isEqualTo("settings set: \"breakEveryMinutes\" must be a whole number of minutes from 15 to 240,"
                        + " was 5.\n");
        assertThat(CliRun.run(home, "settings").out()).contains("breakEveryMinutes  60\n");
    }

    @Test
    void rejectsAnUnknownKeyListingTheKeys() {
        CliRun set = CliRun.run(home, "settings", "set", "colour", "blue");

        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err())
                .isEqualTo("There is no setting \"colour\"; the settings are timeZone, workDays, workStart, workEnd,"
                        + " lunch, morning, evening, breakEveryMinutes, quietDays, level, relaxationStart,"
                        + " microBreakMinutes, naturalBreakMinutes, maxPostponeMinutes, callDetection, yogaDays, yogaTime,"
                        + " lunchSession.\n");
    }

    @Test
    void rejectsALunchWithoutAnEnd() {
        CliRun set = CliRun.run(home, "settings", "set", "lunch", "12:00");

        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err()).isEqualTo("\"lunch\" must be written START-END, such as 13:00-14:00, or none.\n");
    }

    @Test
    void rejectsAnUnknownTimeZone() {
        CliRun set = CliRun.run(home, "settings", "set", "timeZone", "Mars/Olympus");

        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err()).startsWith("settings set: \"timeZone\" must be a time zone id such as");
    }

    @Test
    void keepsEachBreakAndWeekSettingForTheNextCommand() {
        CliRun shownBefore = CliRun.run(home, "settings");
        assertThat(shownBefore.out())
                .contains(
                        "microBreakMinutes  2\n",
                        "naturalBreakMinutes 5\n",
                        "maxPostponeMinutes 30\n",
                        "callDetection      true\n",
                        "yogaDays           MON,WED,FRI\n",
                        "yogaTime           after-work\n",
                        "lunchSession       false\n");

        for (String[] change : new String[][] {
            {"microBreakMinutes", "3"},
            {"naturalBreakMinutes", "10"},
            {"maxPostponeMinutes", "45"},
            {"callDetection", "false"},
            {"yogaDays", "tue,thu,sat"},
            {"yogaTime", "18:30"},
            {"lunchSession", "true"}
        }) {
            CliRun set = CliRun.run(home, "settings", "set", change[0], change[1]);
            assertThat(set.exitCode()).as(change[0]).isZero();
            assertThat(set.out()).startsWith("Saved " + change[0] + ". The settings are now:\n");
        }

        CliRun shown = CliRun.run(home, "settings");
        assertThat(shown.out())
                .endsWith("microBreakMinutes  3\n"
                        + "naturalBreakMinutes 10\n"
                        + "maxPostponeMinutes 45\n"
                        + "callDetection      false\n"
                        + "yogaDays           TUE,THU,SAT\n"
                        + "yogaTime           18:30\n"
                        + "lunchSession       true\n");
        assertThat(CliRun.run(home, "settings", "--json").out())
                .contains("\"yogaDays\" : [ \"TUE\", \"THU\", \"SAT\" ]", "\"yogaTime\" : \"18:30\"");

        CliRun.run(home, "settings", "set", "yogaTime", "after-work");
        assertThat(CliRun.run(home, "settings", "--json").out()).contains("\"yogaTime\" : null");
    }

    @Test
    void rejectsAMicroBreakLongerThanFiveMinutes() {
        CliRun set = CliRun.run(home, "settings", "set", "microBreakMinutes", "6");

        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err())
                .isEqualTo(
                        "settings set: \"microBreakMinutes\" must be a whole number of minutes from 1 to 5, was 6.\n");
        assertThat(CliRun.run(home, "settings").out()).contains("microBreakMinutes  2\n");
    }

    @Test
    void rejectsFewerThanThreeYogaDays() {
        CliRun set = CliRun.run(home, "settings", "set", "yogaDays", "mon,tue");

        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err())
                .isEqualTo("settings set: \"yogaDays\" must name at least 3 days, since yoga for the neck is meant at"
                        + " least three times a week; was 2.\n");
        assertThat(CliRun.run(home, "settings").out()).contains("yogaDays           MON,WED,FRI\n");
    }

    @Test
    void rejectsACallDetectionThatIsNeitherTrueNorFalse() {
        CliRun set = CliRun.run(home, "settings", "set", "callDetection", "maybe");

        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err()).isEqualTo("settings set: \"callDetection\" must be true or false.\n");
        assertThat(CliRun.run(home, "settings").out()).contains("callDetection      true\n");
    }

    @Test
    void asksForBothKeyAndValue() {
        CliRun set = CliRun.run(home, "settings", "set", "workStart");

        assertThat(set.exitCode()).isEqualTo(2);
        assertThat(set.err()).contains("VALUE");
    }
}
