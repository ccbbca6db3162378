package io.nape.store.persistence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick reading gives what the ISO parser gives, for every text java.time writes and for odd ones. */
class IsoDatesTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void readsWhatJavaTimeWritesAsItsParserDoes(long seed) {
        Random random = new Random(seed);
        for (int index = 0; index < 2000; index++) {
            LocalDateTime local = LocalDateTime.of(
                    random.nextInt(9999) + 1,
                    random.nextInt(12) + 1,
                    random.nextInt(28) + 1,
                    random.nextInt(24),
                    random.nextInt(60),
                    random.nextInt(4) == 0 ? random.nextInt(60) : 0,
                    random.nextInt(8) == 0 ? random.nextInt(1_000_000_000) : 0);
            int offsetMinutes = random.nextInt(4) == 0 ? 0 : random.nextInt(18 * 60 * 2 + 1) - 18 * 60;
            ZoneOffset offset = random.nextInt(16) == 0 && Math.abs(offsetMinutes) < 18 * 60
                    ? ZoneOffset.ofTotalSeconds(offsetMinutes * 60 + random.nextInt(60))
                    : ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
            String dateTime = OffsetDateTime.of(local, offset).toString();
            String date = local.toLocalDate().toString();

            assertThat(IsoDates.offsetDateTime(dateTime)).as(dateTime).isEqualTo(OffsetDateTime.parse(dateTime));
            assertThat(IsoDates.localDate(date)).as(date).isEqualTo(LocalDate.parse(date));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-03-30T08:00:00+02:00",
                "2026-03-30T08:00-00:00",
                "2026-03-30T08:00+00:00",
                "2026-03-30t08:00z",
                "2026-03-30T08:00:05.5Z",
                "+12026-03-30T08:00Z",
                "2026-03-30T08:00+02:00:30"
            })
    void readsOtherFormsOfTheSameInstantAsTheParserDoes(String text) {
        assertThat(IsoDates.offsetDateTime(text)).isEqualTo(OffsetDateTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30T08:00Z",
                "2026-03-30T24:00Z",
                "2026-03-30T08:60Z",
                "2026-03-30T08:00+19:00",
                "2026-03-30T08:00+02:60",
                "2026-03-30T08:00",
                "2026-03-30 08:00Z",
                "2026-3-30T08:00Z",
                ""
            })
    void refusesWhatTheParserRefuses(String text) {
        assertThatThrownBy(() -> OffsetDateTime.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoDates.offsetDateTime(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "20260330", "2026/03/30"})
    void refusesDaysTheParserRefuses(String text) {
        assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> IsoDates.localDate(text)).isInstanceOf(DateTimeException.class);
    }
}
