package io.nape.core.psfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.nape.core.progress.MeaningfulChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** From 3 November 2026 to 24 November: driving 4 -> 7, reading 5 -> 6, the screen 6 -> 4. */
class PsfsComparisonTest {
    private static final Instant NOVEMBER_3 = Instant.parse("2026-11-03T19:00:00Z");
    private static final Instant NOVEMBER_24 = Instant.parse("2026-11-24T19:00:00Z");
    private static final String DRIVING = "looking over my shoulder when driving";
    private static final String READING = "reading in bed";
    private static final String SCREEN = "an hour at the screen";

    private static PsfsAnswer answer(Instant at, int driving, int reading, int screen) {
        return new PsfsAnswer(
                at,
                List.of(
                        new PsfsRating(DRIVING, driving),
                        new PsfsRating(READING, reading),
                        new PsfsRating(SCREEN, screen)));
    }

    @Test
    void saysWhichActivityChangedFromWhatToWhatSinceWhen() {
        PsfsComparison comparison = PsfsComparison.of(answer(NOVEMBER_3, 4, 5, 6), answer(NOVEMBER_24, 7, 6, 4));

        assertThat(comparison.since()).isEqualTo(NOVEMBER_3);
        assertThat(comparison.at()).isEqualTo(NOVEMBER_24);
        assertThat(comparison.activities())
                .containsExactly(
                        new ActivityChange(DRIVING, 4, 7),
                        new ActivityChange(READING, 5, 6),
                        new ActivityChange(SCREEN, 6, 4));
        assertThat(comparison.activities().get(0).meaningfulChange()).contains(MeaningfulChange.BETTER);
        assertThat(comparison.activities().get(1).meaningfulChange()).isEmpty();
        assertThat(comparison.activities().get(2).meaningfulChange()).contains(MeaningfulChange.WORSE);
        assertThat(comparison.meaningfulActivities())
                .extracting(ActivityChange::activity)
                .containsExactly(DRIVING, SCREEN);
    }

    /** 15/3 = 5 against 17/3: 0.67 up, not meaningful. */
    @Test
    void aSmallScoreChangeIsNotMeaningful() {
        PsfsComparison comparison = PsfsComparison.of(answer(NOVEMBER_3, 4, 5, 6), answer(NOVEMBER_24, 7, 6, 4));

        assertThat(comparison.scoreChange()).isCloseTo(2.0 / 3, offset(1e-9));
        assertThat(comparison.meaningfulChange()).isEmpty();
    }

    /** 15/3 = 5 to 21/3 = 7 is exactly 2 points, meaningful; to 20/3 = 6.67 it is not. */
    @Test
    void aScoreChangeOfExactlyTwoPointsIsMeaningful() {
        PsfsAnswer first = answer(NOVEMBER_3, 4, 5, 6);

        assertThat(PsfsComparison.of(first, answer(NOVEMBER_24, 7, 7, 7)).meaningfulChange())
                .contains(MeaningfulChange.BETTER);
        assertThat(PsfsComparison.of(first, answer(NOVEMBER_24, 7, 7, 6)).meaningfulChange())
                .isEmpty();
        assertThat(PsfsComparison.of(first, answer(NOVEMBER_24, 2, 3, 4)).meaningfulChange())
                .contains(MeaningfulChange.WORSE);
    }

    @Test
    void aRatingChangeOfOnePointIsNotMeaningfulAndTwoIs() {
        assertThat(new ActivityChange(DRIVING, 4, 5).isMeaningful()).isFalse();
        assertThat(new ActivityChange(DRIVING, 4, 6).isMeaningful()).isTrue();
        assertThat(new ActivityChange(DRIVING, 4, 3).isMeaningful()).isFalse();
        assertThat(new ActivityChange(DRIVING, 4, 2).meaningfulChange()).contains(MeaningfulChange.WORSE);
    }

    @Test
    void comparesOnlyTheActivitiesBothAnswersRateIgnoringCase() {
        PsfsAnswer first = new PsfsAnswer(NOVEMBER_3, List.of(new PsfsRating(DRIVING, 4), new PsfsRating(READING, 5)));
        PsfsAnswer later =
                new PsfsAnswer(NOVEMBER_24, List.of(new PsfsRating("Reading in bed", 8), new PsfsRating(SCREEN, 6)));

        PsfsComparison comparison = PsfsComparison.of(first, later);

        assertThat(comparison.activities()).containsExactly(new ActivityChange("Reading in bed", 5, 8));
    }

    @Test
    void comparesTheLatestWithTheFirstInAnyOrder() {
        PsfsAnswer first = answer(NOVEMBER_3, 4, 5, 6);
        PsfsAnswer middle = answer(NOVEMBER_3.plusSeconds(7 * 86_400), 5, 5, 6);
        PsfsAnswer latest = answer(NOVEMBER_24, 7, 6, 4);

        assertThat(PsfsComparison.sinceFirst(List.of(latest, first, middle)))
                .contains(PsfsComparison.of(first, latest));
        assertThat(PsfsComparison.of(latest, first)).isEqualTo(PsfsComparison.of(first, latest));
        assertThat(PsfsComparison.sinceFirst(List.of(first))).isEmpty();
    }
}
