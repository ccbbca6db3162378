package io.nape.core.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrongPainTest {
    private static final Instant NOW = Instant.parse("2026-03-30T12:00:00Z");

    @Test
    void callsForACheckAtSevenOrMore() {
        assertThat(StrongPain.of(pain(7, NOW), List.of())).isEqualTo(StrongPain.Finding.HIGH);
        assertThat(StrongPain.of(pain(6, NOW), List.of())).isEqualTo(StrongPain.Finding.NONE);
    }

    @Test
    void callsForACheckWhenHigherThanEveryEntryOfTheLastThreeDays() {
        List<PainEntry> earlier = List.of(pain(3, NOW.minus(Duration.ofDays(2))), pain(4, NOW.minusSeconds(3600)));

        assertThat(StrongPain.of(pain(5, NOW), earlier)).isEqualTo(StrongPain.Finding.RISING);
        assertThat(StrongPain.of(pain(4, NOW), earlier)).isEqualTo(StrongPain.Finding.NONE);
    }

    @Test
    void ignoresEntriesOlderThanThreeDaysAndLaterOnes() {
        List<PainEntry> earlier =
                List.of(pain(6, NOW.minus(Duration.ofDays(3)).minusSeconds(1)), pain(9, NOW.plusSeconds(60)));

        assertThat(StrongPain.of(pain(5, NOW), earlier)).isEqualTo(StrongPain.Finding.NONE);
    }

    @Test
    void countsAnEntryExactlyThreeDaysBefore() {
        List<PainEntry> earlier = List.of(pain(2, NOW.minus(Duration.ofDays(3))));

        assertThat(StrongPain.of(pain(3, NOW), earlier)).isEqualTo(StrongPain.Finding.RISING);
    }

    @Test
    void doesNotCallTheFirstModeratePainRising() {
        assertThat(StrongPain.of(pain(5, NOW), List.of())).isEqualTo(StrongPain.Finding.NONE);
    }

    private static PainEntry pain(int level, Instant at) {
        return new PainEntry(null, at, level, Set.of(), Set.of(), null, "");
    }
}
