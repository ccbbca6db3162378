package io.nape.app.usecase.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateLimitsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "30.03.2026", "", "ZQXmarker private", "2026-03-30T08:00"})
    void refusesTextThatIsNotADateWithoutQuotingIt(String text) {
        assertThatThrownBy(() -> DateLimits.parse("--from", text))
                .isInstanceOf(DateOutOfRangeException.class)
                .hasMessage("--from must be a date written YYYY-MM-DD, such as 2026-03-30.");
    }

    @Test
    void refusesAVeryLongTextWithoutParsingIt() {
        assertThatThrownBy(() -> DateLimits.parse("\"from\"", "2".repeat(1_000_000)))
                .hasMessage("\"from\" must be a date written YYYY-MM-DD, such as 2026-03-30.");
    }

    @Test
    void readsTheExtremeYearsThatTheCheckThenRefuses() {
        assertThat(DateLimits.parse("--from", " 0000-01-01 ")).isEqualTo(LocalDate.of(0, 1, 1));
        assertThat(DateLimits.parse("--from", "-2026-01-01")).isEqualTo(LocalDate.of(-2026, 1, 1));
        assertThat(DateLimits.parse("--from", "+999999999-12-31")).isEqualTo(LocalDate.MAX);
    }

    @Test
    void allowsAFirstDayUpToTenYearsAwayEitherWay() {
        assertThatCode(() -> DateLimits.checkFirst(TODAY, TODAY.minusYears(10), "--from"))
                .doesNotThrowAnyException();
        assertThatCode(() -> DateLimits.checkFirst(TODAY, TODAY.plusYears(10), "--from"))
                .doesNotThrowAnyException();
        assertThatThrownBy(
                        () -> DateLimits.checkFirst(TODAY, TODAY.plusYears(10).plusDays(1), "--from"))
                .hasMessage("--from 2036-12-03 is more than 10 years from today; give a date from 2016-12-02 to"
                        + " 2036-12-02.");
        assertThatThrownBy(() -> DateLimits.checkFirst(TODAY, LocalDate.MIN, "--from"))
                .isInstanceOf(DateOutOfRangeException.class);
    }

    @Test
    void allowsARangeOfAYearAtMost() {
        assertThatCode(() -> DateLimits.checkRange(TODAY, TODAY, TODAY.plusDays(365), "--from", "--to"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DateLimits.checkRange(TODAY, TODAY, TODAY.plusDays(366), "--from", "--to"))
                .hasMessage("A plan covers at most 366 days, and --from 2026-12-02 --to 2027-12-03 is 367; give a"
                        + " shorter range.");
        assertThatThrownBy(() -> DateLimits.checkRange(TODAY, TODAY, LocalDate.MAX, "--from", "--to"))
                .isInstanceOf(DateOutOfRangeException.class);
        assertThatThrownBy(() -> DateLimits.checkRange(TODAY, TODAY, TODAY.minusDays(1), "--from", "--to"))
                .hasMessage("--to 2026-12-01 is before --from 2026-12-02; give a --to on or after --from.");
    }

    @Test
    void allowsASpanOfStoredDaysLongerThanAYearWithinTheWindow() {
        assertThatCode(() -> DateLimits.checkSpan(TODAY, TODAY.minusYears(5), TODAY, "--from", "--to"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DateLimits.checkSpan(TODAY, TODAY, LocalDate.of(9999, 12, 31), "--from", "--to"))
                .hasMessageStartingWith("--to 9999-12-31 is more than 10 years from today;");
    }
}
