package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BreakRulesAndWeekSessionsTest {
    @Test
    void theDefaultsAreTwoMinuteBreaksAndYogaThreeTimesAWeekAfterWork() {
        Settings defaults = Settings.defaults(ZoneId.of("Europe/Moscow"));

        assertThat(defaults.breaks()).isEqualTo(new BreakRules(2, 5, 30, true));
        assertThat(defaults.week().yogaDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(defaults.week().yogaTime()).isNull();
        assertThat(defaults.week().lunchSession()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "0, 5, 30, microBreakMinutes",
        "6, 5, 30, microBreakMinutes",
        "2, 1, 30, naturalBreakMinutes",
        "2, 61, 30, naturalBreakMinutes",
        "2, 5, 4, maxPostponeMinutes",
        "2, 5, 121, maxPostponeMinutes"
    })
    void refusesEachFigureOutsideItsRange(int micro, int natural, int postpone, String key) {
        assertThatThrownBy(() -> new BreakRules(micro, natural, postpone, true))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("\"" + key + "\" must be from");
    }

    @ParameterizedTest
    @CsvSource({"1, 5, 5", "5, 2, 5", "3, 60, 120"})
    void takesTheEdgesOfEachRange(int micro, int natural, int postpone) {
        assertThat(new BreakRules(micro, natural, postpone, false).microBreakMinutes())
                .isEqualTo(micro);
    }

    @Test
    void refusesYogaOnFewerThanThreeDays() {
        assertThatThrownBy(() -> WeekSessions.defaults().withYogaDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("at least 3 days");
    }

    @Test
    void refusesAYogaTimeWithSeconds() {
        assertThatThrownBy(() -> WeekSessions.defaults().withYogaTime(LocalTime.of(18, 30, 15)))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("whole minutes");
    }

    @Test
    void everyOtherChangeOfTheSettingsKeepsTheBreaksAndTheWeek() {
        Settings custom = Settings.defaults(ZoneId.of("UTC"))
                .withBreaks(new BreakRules(4, 10, 60, false))
                .withWeek(new WeekSessions(
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(19, 0), true));

        Settings changed = custom.withBreakEveryMinutes(45).withTimeZone(ZoneId.of("Asia/Tokyo"));

        assertThat(changed.breaks()).isEqualTo(custom.breaks());
        assertThat(changed.week()).isEqualTo(custom.week());
    }
}
