package io.nape.app.usecase.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.PlanNote;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A plan's notes are data in the core and words at the edges, the same in English as the core's own. */
class PlanNoteTextTest {
    private static final List<RoutineId> ONE = List.of(new RoutineId("pmr-2"));
    private static final List<RoutineId> THREE =
            List.of(new RoutineId("chair-stretch"), new RoutineId("pmr-1"), new RoutineId("yoga-neck"));
    private static final List<RoutineId> TURN = List.of(new RoutineId("desk-a"), new RoutineId("desk-b"));

    static Stream<PlanNote> notes() {
        return Stream.of(
                new PlanNote(PlanNote.Kind.MISSING, ONE, List.of(), 0),
                new PlanNote(PlanNote.Kind.MISSING, THREE, List.of(), 0),
                new PlanNote(PlanNote.Kind.LESSON_TOO_LONG, ONE, List.of(), 15),
                new PlanNote(PlanNote.Kind.LESSON_TOO_LONG, THREE, List.of(), 21),
                new PlanNote(PlanNote.Kind.NO_DESK_ROUTINE, TURN, List.of(), 0),
                new PlanNote(PlanNote.Kind.ONE_DESK_ROUTINE, List.of(new RoutineId("desk-a")), List.of(), 0),
                new PlanNote(PlanNote.Kind.DESK_ROUTINES_MISSING, ONE, TURN, 0));
    }

    @ParameterizedTest
    @MethodSource("notes")
    void englishReadsAsTheCoreSaysIt(PlanNote note) {
        assertThat(PlanNoteText.of(note, Texts.english())).isEqualTo(note.english());
    }

    @ParameterizedTest
    @MethodSource("notes")
    void thePseudoLanguageBracketsEveryNote(PlanNote note) {
        String pseudo = PlanNoteText.of(note, Texts.of(Language.PSEUDO));
        assertThat(pseudo).startsWith("[").endsWith("]").doesNotContain("catalogue", "routine", "plan");
    }

    @Test
    void russianNamesTheRoutinesInItsOwnQuotesAndPlurals() {
        Texts russian = Texts.of(Language.RUSSIAN);

        assertThat(PlanNoteText.of(new PlanNote(PlanNote.Kind.MISSING, ONE, List.of(), 0), russian))
                .isEqualTo("В каталоге нет комплекса «pmr-2», поэтому в плане его нет.");
        assertThat(PlanNoteText.of(new PlanNote(PlanNote.Kind.MISSING, THREE, List.of(), 0), russian))
                .isEqualTo("В каталоге нет комплексов «chair-stretch», «pmr-1» или «yoga-neck», поэтому в плане их"
                        + " нет.");
        assertThat(PlanNoteText.of(new PlanNote(PlanNote.Kind.LESSON_TOO_LONG, ONE, List.of(), 21), russian))
                .startsWith("Урок расслабления «pmr-2» длится дольше 21 минуты");
    }
}
