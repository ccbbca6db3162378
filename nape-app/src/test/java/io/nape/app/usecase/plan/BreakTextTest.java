package io.nape.app.usecase.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.Side;
import io.nape.core.plan.BreakPiece;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.Plan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a micro-break holds, and what the breaks leave out, in English and Russian. */
class BreakTextTest {
    private static final Texts ENGLISH = Texts.english();
    private static final Texts RUSSIAN = Texts.of(Language.RUSSIAN);
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 30);

    private static BreakPiece piece(int number, boolean sided, Side side, int seconds) {
        return new BreakPiece(new ExerciseId("exercise-" + number), number, sided, side, Duration.ofSeconds(seconds));
    }

    @Test
    void namesTheSidesOnceWhenEveryPieceSharesThem() {
        DeskBreak both =
                new DeskBreak(List.of(piece(3, true, null, 55), piece(6, true, null, 60)), Duration.ofSeconds(120));

        assertThat(BreakText.of(both, ENGLISH)).isEqualTo("exercises 3 and 6, both sides: 2 min");
        assertThat(BreakText.of(both, RUSSIAN)).isEqualTo("упражнения 3 и 6, обе стороны: 2 мин");
    }

    @Test
    void namesTheSideOfEachPieceWhenTheyDiffer() {
        DeskBreak mixed = new DeskBreak(
                List.of(piece(6, true, Side.LEFT, 75), piece(7, false, null, 35), piece(8, false, null, 5)),
                Duration.ofSeconds(125));

        assertThat(BreakText.of(mixed, ENGLISH)).isEqualTo("exercises 6 (left side), 7 and 8: 2 min 5 s");
        assertThat(BreakText.of(mixed, RUSSIAN)).isEqualTo("упражнения 6 (левая сторона), 7 и 8: 2 мин 5 с");
    }

    @Test
    void namesTheExercisesLeftOutOfTheBreaks() {
        Plan plan = new Plan(
                MONDAY, MONDAY, List.of(), List.of(), List.of(piece(1, false, null, 85), piece(3, true, null, 175)));

        assertThat(BreakText.leftOut(plan, 1, ENGLISH))
                .hasValue("Exercises 1 and 3 take longer than a 1-minute micro-break even alone, so they stay in the"
                        + " morning and evening sessions only.");
        assertThat(BreakText.leftOut(plan, 1, RUSSIAN))
                .hasValue("Упражнения 1 и 3 даже по отдельности длятся дольше 1 мин и не помещаются в короткий"
                        + " перерыв, поэтому они остаются только в утреннем и вечернем занятиях.");
        assertThat(BreakText.why(plan, 1, ENGLISH)).isEmpty();
    }
}
