package io.nape.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.plan.BreakRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text given as an argument of another is put in the language of the whole. */
class PhraseTest {
    private static final Phrase EXPECTED = Phrase.of("settings.problem.expected.minutes", "min", 1, "max", 5);
    private static final Phrase PROBLEM =
            Phrase.of("settings.problem.mustBeWas", "setting", "microBreakMinutes", "expected", EXPECTED, "value", "6");

    @Test
    void fillsAPhraseInsideAPhraseInOneLanguage() {
        Phrase line = Phrase.of("settings.problem.inSource", "source", "my.json", "problem", PROBLEM);

        assertThat(Texts.english().get("settings.problem.lines", "lines", List.of(line, line)))
                .isEqualTo("my.json: \"microBreakMinutes\" must be a whole number of minutes from 1 to 5, was 6.\n"
                        + "my.json: \"microBreakMinutes\" must be a whole number of minutes from 1 to 5, was 6.");
        assertThat(line.in(Texts.of(Language.RUSSIAN)))
                .isEqualTo("my.json: в «microBreakMinutes» укажите целое число минут от 1 до 5, а указано 6.");
    }

    @Test
    void explainsAFailureGivenAsAnArgument() {
        RuntimeException failure = catchFailure();

        assertThat(Texts.of(Language.RUSSIAN).get("settings.problem.inSource", "source", "x", "problem", failure))
                .isEqualTo("x: в «maxPostponeMinutes» укажите от 5 до 120 минут, а указано 200.");
    }

    @Test
    void bracketsEachPhraseInThePseudoLanguage() {
        String pseudo = PROBLEM.in(Texts.of(Language.PSEUDO));

        assertThat(pseudo).startsWith("[").contains("microBreakMinutes").doesNotContain("whole number");
        assertThat(pseudo.chars().filter(c -> c == '[').count()).isEqualTo(2);
    }

    private static RuntimeException catchFailure() {
        try {
            new BreakRules(2, 5, 200, true);
        } catch (RuntimeException failure) {
            return failure;
        }
        throw new AssertionError("BreakRules took 200 minutes of postponing");
    }
}
