package io.nape.core.psfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PsfsAnswerTest {
    private static final Instant MONDAY = Instant.parse("2026-11-02T19:00:00Z");
    private static final PsfsRating DRIVING = new PsfsRating("looking over my shoulder when driving", 4);
    private static final PsfsRating READING = new PsfsRating("reading in bed", 5);
    private static final PsfsRating SCREEN = new PsfsRating("an hour at the screen", 7);

    @Test
    void scoresTheMeanOfTheRatings() {
        PsfsAnswer answer = new PsfsAnswer(MONDAY, List.of(DRIVING, READING, SCREEN));

        assertThat(answer.total()).isEqualTo(16);
        assertThat(answer.score()).isEqualTo(16.0 / 3);
        assertThat(answer.activities())
                .containsExactly("looking over my shoulder when driving", "reading in bed", "an hour at the screen");
    }

    @Test
    void takesOneActivity() {
        assertThat(new PsfsAnswer(MONDAY, List.of(DRIVING)).score()).isEqualTo(4.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void takesTheEndsOfTheScale(int score) {
        assertThat(new PsfsRating("turning my head", score).score()).isEqualTo(score);
    }

    @Test
    void rejectsElevenWithOneMessage() {
        assertThatThrownBy(() -> new PsfsRating("turning my head", 11))
                .isInstanceOf(InvalidPsfsAnswerException.class)
                .hasMessage("score must be a whole number from 0 to 10, was 11")
                .satisfies(thrown -> {
                    InvalidPsfsAnswerException invalid = (InvalidPsfsAnswerException) thrown;
                    assertThat(invalid.textKey()).isEqualTo("psfs.scoreOutOfRange");
                    assertThat(invalid.textArguments()).isEqualTo(Map.of("value", 11));
                });
    }

    @Test
    void rejectsMinusOneWithOneMessage() {
        assertThatThrownBy(() -> new PsfsRating("turning my head", -1))
                .isInstanceOf(InvalidPsfsAnswerException.class)
                .hasMessage("score must be a whole number from 0 to 10, was -1");
    }

    @Test
    void rejectsNoActivityWithOneMessage() {
        assertThatThrownBy(() -> new PsfsAnswer(MONDAY, List.of()))
                .isInstanceOf(InvalidPsfsAnswerException.class)
                .hasMessage("a PSFS answer needs at least one activity, was none")
                .extracting(thrown -> ((InvalidPsfsAnswerException) thrown).textKey())
                .isEqualTo("psfs.noActivity");
    }

    @Test
    void rejectsFourActivitiesWithOneMessage() {
        PsfsRating fourth = new PsfsRating("carrying shopping", 6);

        assertThatThrownBy(() -> new PsfsAnswer(MONDAY, List.of(DRIVING, READING, SCREEN, fourth)))
                .isInstanceOf(InvalidPsfsAnswerException.class)
                .hasMessage("a PSFS answer has at most 3 activities, was 4");
    }

    @Test
    void rejectsAFiveHundredCharacterActivityWithOneMessageThatDoesNotQuoteIt() {
        String long500 = "a".repeat(500);

        assertThatThrownBy(() -> new PsfsRating(long500, 5))
                .isInstanceOf(InvalidPsfsAnswerException.class)
                .hasMessage("activity must be at most 200 characters, was 500; shorten it")
                .extracting(thrown -> ((InvalidPsfsAnswerException) thrown).textArguments())
                .isEqualTo(Map.of("max", 200, "length", 500));
    }

    @Test
    void takesAnActivityOfExactlyTwoHundredCharactersCountingCodePoints() {
        String emoji = "\uD83D\uDE42";

        assertThat(new PsfsRating("b".repeat(199) + emoji, 5).activity()).hasSize(201);
        assertThatThrownBy(() -> new PsfsRating("b".repeat(200) + emoji, 5))
                .hasMessage("activity must be at most 200 characters, was 201; shorten it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void rejectsABlankActivity(String blank) {
        assertThatThrownBy(() -> new PsfsRating(blank, 5))
                .isInstanceOf(InvalidPsfsAnswerException.class)
                .hasMessage("activity must not be blank");
    }

    @Test
    void stripsOuterSpacesFromAnActivity() {
        assertThat(new PsfsRating("  reading in bed ", 5)).isEqualTo(READING);
    }

    @Test
    void rejectsTheSameActivityTwiceIgnoringCase() {
        PsfsRating again = new PsfsRating("Reading in bed", 2);

        assertThatThrownBy(() -> new PsfsAnswer(MONDAY, List.of(READING, DRIVING, again)))
                .isInstanceOf(InvalidPsfsAnswerException.class)
                .hasMessage("activities 1 and 3 are the same; name each activity once");
    }

    @Test
    void parsesAWholeNumberScore() {
        assertThat(PsfsRating.parseScore(" 7 ")).isEqualTo(7);
        assertThatThrownBy(() -> PsfsRating.parseScore("4.5"))
                .hasMessage("score must be a whole number from 0 to 10, was not a whole number");
        assertThatThrownBy(() -> PsfsRating.parseScore("seven"))
                .hasMessage("score must be a whole number from 0 to 10, was not a whole number");
        assertThatThrownBy(() -> PsfsRating.parseScore("11"))
                .hasMessage("score must be a whole number from 0 to 10, was 11");
        assertThatThrownBy(() -> PsfsRating.parseScore("-1"))
                .hasMessage("score must be a whole number from 0 to 10, was -1");
    }

    @Test
    void findsARatingByItsActivityIgnoringCase() {
        PsfsAnswer answer = new PsfsAnswer(MONDAY, List.of(DRIVING, READING));

        assertThat(answer.find("READING IN BED")).contains(READING);
        assertThat(answer.find("an hour at the screen")).isEmpty();
    }

    @Test
    void isDueWhenNeverAskedAndThenOnceAWeek() {
        assertThat(PsfsPrompt.isDue(Optional.empty(), MONDAY)).isTrue();
        assertThat(PsfsPrompt.isDue(
                        Optional.of(MONDAY), MONDAY.plus(PsfsPrompt.EVERY).minusSeconds(1)))
                .isFalse();
        assertThat(PsfsPrompt.isDue(Optional.of(MONDAY), MONDAY.plus(PsfsPrompt.EVERY)))
                .isTrue();
    }
}
