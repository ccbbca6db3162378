package io.nape.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.catalogue.DosageLevel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Settings defaults = Settings.defaults(BERLIN);

    @Test
    void defaultsToAWeekdayOfficeDay() {
        assertThat(defaults.timeZone()).isEqualTo(BERLIN);
        assertThat(defaults.workDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(defaults.workStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(defaults.workEnd()).isEqualTo(LocalTime.of(18, 0));
        assertThat(defaults.lunch()).isEqualTo(new LunchBreak(LocalTime.of(13, 0), LocalTime.of(14, 0)));
        assertThat(defaults.morning()).isEqualTo(LocalTime.of(7, 30));
        assertThat(defaults.evening()).isEqualTo(LocalTime.of(21, 0));
        assertThat(defaults.breakEveryMinutes()).isEqualTo(60);
        assertThat(defaults.quietDays()).isEmpty();
        assertThat(defaults.level()).as("a new person starts gentle").isEqualTo(DosageLevel.GENTLE);
        assertThat(defaults.relaxationStart()).isNull();
        assertThat(defaults.crossesMidnight()).isFalse();
        assertThat(defaults.workLength()).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void acceptsANightShiftCrossingMidnightWithLunchAfterMidnight() {
        Settings night = defaults.withWork(
                LocalTime.of(22, 0), LocalTime.of(6, 0), new LunchBreak(LocalTime.of(2, 0), LocalTime.of(2, 30)));

        assertThat(night.crossesMidnight()).isTrue();
        assertThat(night.workLength()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void acceptsALunchThatCrossesMidnightInANightShift() {
        Settings night = defaults.withWork(
                LocalTime.of(20, 0), LocalTime.of(4, 0), new LunchBreak(LocalTime.of(23, 45), LocalTime.of(0, 15)));

        assertThat(night.lunch()).isNotNull();
    }

    @Test
    void rejectsWorkThatEndsWhenItStarts() {
        assertThatThrownBy(() -> defaults.withWork(LocalTime.of(9, 0), LocalTime.of(9, 0), null))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("\"workEnd\" must differ from \"workStart\", both were 09:00; give the time work ends,"
                        + " such as 18:00.");
    }

    @Test
    void rejectsAnEndBeforeTheStartThatWouldBeAnOverlongNightShift() {
        assertThatThrownBy(() -> defaults.withWork(LocalTime.of(9, 0), LocalTime.of(8, 0), null))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("\"workEnd\" 08:00 is before \"workStart\" 09:00, which would be a night shift of 23"
                        + " hours; give a \"workEnd\" after \"workStart\", or a night shift of at most 16 hours such"
                        + " as 22:00–06:00.");
    }

    @Test
    void rejectsALunchOutsideTheWorkHours() {
        assertThatThrownBy(() -> defaults.withWork(
                        LocalTime.of(9, 0),
                        LocalTime.of(18, 0),
                        new LunchBreak(LocalTime.of(17, 30), LocalTime.of(18, 30))))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("\"lunch\" 17:30–18:30 must lie inside the work hours 09:00–18:00.");
        assertThatThrownBy(() -> defaults.withWork(
                        LocalTime.of(9, 0),
                        LocalTime.of(18, 0),
                        new LunchBreak(LocalTime.of(8, 0), LocalTime.of(9, 0))))
                .hasMessage("\"lunch\" 08:00–09:00 must lie inside the work hours 09:00–18:00.");
    }

    @Test
    void rejectsALunchThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> defaults.withWork(
                        LocalTime.of(9, 0),
                        LocalTime.of(18, 0),
                        new LunchBreak(LocalTime.of(14, 0), LocalTime.of(13, 0))))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("\"lunch\" must end after it starts, was 14:00–13:00; give a break such as 13:00–14:00.");
    }

    @Test
    void rejectsABreakIntervalOutsideFifteenToTwoHundredFortyMinutes() {
        assertThatThrownBy(() -> defaults.withBreakEveryMinutes(10))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("\"breakEveryMinutes\" must be from 15 to 240 minutes, was 10.");
        assertThatThrownBy(() -> defaults.withBreakEveryMinutes(241)).hasMessageContaining("was 241.");
        assertThat(defaults.withBreakEveryMinutes(15).breakEveryMinutes()).isEqualTo(15);
        assertThat(defaults.withBreakEveryMinutes(240).breakEveryMinutes()).isEqualTo(240);
    }

    @Test
    void rejectsMorningAndEveningAtTheSameTime() {
        assertThatThrownBy(() -> defaults.withSessions(LocalTime.of(21, 0), LocalTime.of(21, 0)))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("\"morning\" and \"evening\" must be different times, both were 21:00.");
    }

    @Test
    void rejectsTimesWithSeconds() {
        assertThatThrownBy(() -> defaults.withSessions(LocalTime.of(7, 30, 15), LocalTime.of(21, 0)))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("\"morning\" must be a time in whole minutes such as 09:00, was 07:30:15.");
    }

    @Test
    void copiesItsCollectionsSoTheyCannotChangeLater() {
        EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
        Settings settings = defaults.withWorkDays(days);
        days.add(DayOfWeek.TUESDAY);

        assertThat(settings.workDays()).containsExactly(DayOfWeek.MONDAY);
        assertThatThrownBy(() -> settings.workDays().add(DayOfWeek.SUNDAY))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
