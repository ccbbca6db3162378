package io.nape.app.usecase.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.diary.PainEntry;
import io.nape.core.person.PersonId;
import io.nape.core.progress.PainMean;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The summary covers 4 or 12 weeks, and a week's pain mean is that of the 7 local days ending on its last day. */
class DoctorSummaryTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void coversFourWeeksUnlessTwelveAreAskedFor() {
        assertThat(DoctorSummary.Request.parse(PersonId.LOCAL, null).weeks()).isEqualTo(4);
        assertThat(DoctorSummary.Request.parse(PersonId.LOCAL, " 12 ").weeks()).isEqualTo(12);
        assertThat(DoctorSummary.Request.parse(PersonId.LOCAL, "4").weeks()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "0", "-4", "four", "52", "4.0", "99999999999999999999"})
    void otherSpansAreRefusedInOneSentence(String weeks) {
        assertThatThrownBy(() -> DoctorSummary.Request.parse(PersonId.LOCAL, weeks))
                .isInstanceOf(InvalidSummaryWeeksException.class)
                .satisfies(failure -> {
                    String said = Texts.english().explain(failure);
                    assertThat(said).startsWith("The summary covers 4 or 12 weeks, not \"");
                    assertThat(said).endsWith("open /summary?weeks=4 or /summary?weeks=12.");
                    assertThat(said.length()).isLessThan(140);
                    assertThat(Texts.of(Language.RUSSIAN).explain(failure))
                            .startsWith("Сводка бывает за 4 или 12 недель");
                });
    }

    @Test
    void aWeeksPainMeanTakesTheSevenLocalDaysEndingOnItsLastDay() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        List<PainEntry> pains = List.of(
                entry("2026-11-22T22:59:00Z", 9), // 23:59 on Sunday 22 November in Berlin: the week before
                entry("2026-11-22T23:00:00Z", 2), // 00:00 on Monday 23 November in Berlin
                entry("2026-11-26T10:00:00Z", 4),
                entry("2026-11-29T22:59:00Z", 6), // 23:59 on Sunday 29 November
                entry("2026-11-29T23:00:00Z", 10)); // Monday 30 November: the week after

        PainMean mean = DoctorSummary.painMean(pains, BERLIN, sunday);

        assertThat(mean).isNotNull();
        assertThat(mean.entries()).isEqualTo(3);
        assertThat(mean.total()).isEqualTo(12);
        assertThat(mean.from()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(DoctorSummary.painMean(pains, BERLIN, LocalDate.of(2026, 11, 15)))
                .isNull();
    }

    private static PainEntry entry(String at, int pain) {
        return new PainEntry(null, java.time.Instant.parse(at), pain, Set.of(), Set.of(), null, "");
    }
}
