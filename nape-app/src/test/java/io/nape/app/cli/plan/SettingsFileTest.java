package io.nape.app.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.app.usecase.settings.SettingsFile;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.plan.InvalidSettingsException;
import io.nape.core.plan.LunchBreak;
import io.nape.core.plan.Settings;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsFileTest {
    private static final ZoneId SYSTEM = ZoneId.of("Asia/Tokyo");

    private static Settings parse(String json) {
        return SettingsFile.parse(json, "settings.json", SYSTEM);
    }

    @Test
    void readsEveryKey() {
        Settings settings = parse("""
                {"timeZone": "Europe/Berlin", "workDays": ["MON", "tue", "WED"], "workStart": "08:30",
                 "workEnd": "17:00", "lunch": {"start": "12:00", "end": "12:45"}, "morning": "07:00",
                 "evening": "22:15", "breakEveryMinutes": 45, "quietDays": ["2026-12-25", "2026-12-26"],
                 "level": "gentle", "relaxationStart": "2026-01-05"}
                """);

        assertThat(settings)
                .isEqualTo(new Settings(
                        ZoneId.of("Europe/Berlin"),
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY),
                        LocalTime.of(8, 30),
                        LocalTime.of(17, 0),
                        new LunchBreak(LocalTime.of(12, 0), LocalTime.of(12, 45)),
                        LocalTime.of(7, 0),
                        LocalTime.of(22, 15),
                        45,
                        Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)),
                        DosageLevel.GENTLE,
                        LocalDate.of(2026, 1, 5)));
    }

    @Test
    void takesTheDefaultsForKeysLeftOutWithTheSystemTimeZone() {
        assertThat(parse("{}")).isEqualTo(Settings.defaults(SYSTEM));
    }

    @Test
    void readsNullAsNoLunchAndNoRelaxationLessons() {
        Settings settings = parse("{\"lunch\": null, \"relaxationStart\": null, \"workDays\": []}");

        assertThat(settings.lunch()).isNull();
        assertThat(settings.relaxationStart()).isNull();
        assertThat(settings.workDays()).isEmpty();
    }

    @Test
    void readsANightShift() {
        Settings settings = parse(
                "{\"workStart\": \"22:00\", \"workEnd\": \"06:00\", \"lunch\": {\"start\": \"02:00\", \"end\": \"02:30\"}}");

        assertThat(settings.crossesMidnight()).isTrue();
    }

    static Stream<Arguments> wrongSettings() {
        return Stream.of(
                Arguments.of(
                        "{\"wrokStart\": \"09:00\"}",
                        "a key that is not a setting; the keys are timeZone, workDays, workStart, workEnd, lunch, morning,"
                                + " evening, breakEveryMinutes, quietDays, level, relaxationStart,"
                                + " microBreakMinutes, naturalBreakMinutes, maxPostponeMinutes, callDetection, yogaDays, yogaTime,"
                                + " lunchSession."),
                Arguments.of(
                        "{\"workStart\": \"25:00\"}",
                        "\"workStart\" must be a time of day written HH:MM, from 00:00 to 23:59."),
                Arguments.of(
                        "{\"morning\": \"7:30\"}",
                        "\"morning\" must be a time of day written HH:MM, from 00:00 to 23:59."),
                Arguments.of(
                        "{\"evening\": 2100}",
                        "\"evening\" must be a time of day written HH:MM, from 00:00 to 23:59, was 2100."),
                Arguments.of(
                        "{\"timeZone\": \"Mars/Olympus_Mons\"}",
                        "\"timeZone\" must be a time zone id such as \"Europe/Berlin\", \"America/New_York\" or"
                                + " \"UTC\"."),
                Arguments.of(
                        "{\"workDays\": [\"MON\", \"MOND\"]}",
                        "\"workDays\" must be a list of days from MON, TUE, WED, THU, FRI, SAT, SUN, such as"
                                + " [\"MON\", \"TUE\"]; one of them is not a day."),
                Arguments.of("{\"workDays\": [\"MON\", \"MON\"]}", "\"workDays\" lists MON twice; give each day once."),
                Arguments.of(
                        "{\"workDays\": \"MON\"}",
                        "\"workDays\" must be a list of days from MON, TUE, WED, THU, FRI, SAT, SUN, such as"
                                + " [\"MON\", \"TUE\"]."),
                Arguments.of(
                        "{\"breakEveryMinutes\": 10}",
                        "\"breakEveryMinutes\" must be a whole number of minutes from 15 to 240, was 10."),
                Arguments.of(
                        "{\"breakEveryMinutes\": \"60\"}",
                        "\"breakEveryMinutes\" must be a whole number of minutes from 15 to 240."),
                Arguments.of(
                        "{\"breakEveryMinutes\": 60.5}",
                        "\"breakEveryMinutes\" must be a whole number of minutes from 15 to 240, was 60.5."),
                Arguments.of(
                        "{\"quietDays\": [\"2026-02-30\"]}",
                        "\"quietDays\" must be a list of dates written YYYY-MM-DD, such as [\"2026-12-25\"];"
                                + " one of them is not such a date."),
                Arguments.of("{\"level\": \"extreme\"}", "\"level\" must be one of gentle, standard, full."),
                Arguments.of(
                        "{\"relaxationStart\": \"+999999999-12-31\"}",
                        "\"relaxationStart\" must be a date from 1900-01-01 to 2999-12-31, was +999999999-12-31."),
                Arguments.of(
                        "{\"quietDays\": [\"0000-01-01\"]}",
                        "\"quietDays\" must be a date from 1900-01-01 to 2999-12-31, was 0000-01-01."),
                Arguments.of(
                        "{\"relaxationStart\": \"next monday\"}",
                        "\"relaxationStart\" must be a date written YYYY-MM-DD, such as \"2026-01-05\", or null."),
                Arguments.of(
                        "{\"lunch\": \"13:00-14:00\"}",
                        "\"lunch\" must be an object such as {\"start\": \"13:00\", \"end\": \"14:00\"}, or null for no"
                                + " lunch break."),
                Arguments.of(
                        "{\"lunch\": {\"start\": \"13:00\"}}",
                        "\"lunch\" needs both \"start\" and \"end\", such as {\"start\": \"13:00\", \"end\": \"14:00\"}."),
                Arguments.of(
                        "{\"lunch\": {\"start\": \"13:00\", \"end\": \"14:00\", \"place\": \"canteen\"}}",
                        "\"lunch\" has a key that is neither \"start\" nor \"end\"; its keys are \"start\" and \"end\"."),
                Arguments.of(
                        "{\"lunch\": {\"start\": \"13:00\", \"end\": \"24:00\"}}",
                        "\"lunch.end\" must be a time of day written HH:MM, from 00:00 to 23:59."),
                Arguments.of(
                        "{\"workStart\": \"09:00\", \"workEnd\": \"08:00\"}",
                        "\"workEnd\" 08:00 is before \"workStart\" 09:00, which would be a night shift of 23 hours;"
                                + " give a \"workEnd\" after \"workStart\", or a night shift of at most 16 hours such as"
                                + " 22:00–06:00."),
                Arguments.of(
                        "{\"workStart\": \"09:00\", \"workEnd\": \"12:00\"}",
                        "\"lunch\" 13:00–14:00 must lie inside the work hours 09:00–12:00."),
                Arguments.of(
                        "[]",
                        "the settings must be one JSON object, such as {\"workStart\": \"09:00\", \"workEnd\":"
                                + " \"18:00\"}."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongSettings")
    void rejectsAWrongValueInOneSentenceNamingTheKeyAndWhatIsAllowed(String json, String message) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("settings.json: " + message);
    }

    @Test
    void reportsEveryWrongKeyAtOnceOneLineEach() {
        assertThatThrownBy(() -> parse("{\"workStart\": \"25:00\", \"level\": \"max\", \"colour\": \"blue\"}"))
                .hasMessage(
                        "settings.json: a key that is not a setting; the keys are timeZone, workDays, workStart, workEnd,"
                                + " lunch, morning, evening, breakEveryMinutes, quietDays, level, relaxationStart,"
                                + " microBreakMinutes, naturalBreakMinutes, maxPostponeMinutes, callDetection, yogaDays, yogaTime,"
                                + " lunchSession.\n"
                                + "settings.json: \"workStart\" must be a time of day written HH:MM, from 00:00 to 23:59.\n"
                                + "settings.json: \"level\" must be one of gentle, standard, full.");
    }

    @Test
    void rejectsAKeyGivenTwice() {
        assertThatThrownBy(() -> parse("{\"workStart\": \"09:00\",\n \"workStart\": \"10:00\"}"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("settings.json is not valid JSON at line 2, column ")
                .hasMessageContaining("workStart");
    }

    @Test
    void rejectsTextThatIsNotJson() {
        assertThatThrownBy(() -> parse("{\"workStart\": 09:00}"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("settings.json is not valid JSON at line 1, column ");
    }
}
