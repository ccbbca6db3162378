package io.nape.app.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.core.NapeException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextsTest {
    private final Texts english = Texts.english();
    private final Texts russian = Texts.of(Language.RUSSIAN);
    private final Texts pseudo = Texts.of(Language.PSEUDO);

    @Test
    void fillsArgumentsByName() {
        assertThat(english.fill("Logged pain {pain} at {time}.", Map.of("pain", 4, "time", "09:30")))
                .isEqualTo("Logged pain 4 at 09:30.");
    }

    @Test
    void readsApostrophesAsIcuDoes() {
        assertThat(english.fill("Nape's plan", Map.of())).isEqualTo("Nape's plan");
        assertThat(english.fill("Run ''{command} --help''.", Map.of("command", "nape")))
                .isEqualTo("Run 'nape --help'.");
        assertThat(english.fill("a '{literal}' brace", Map.of())).isEqualTo("a {literal} brace");
    }

    @Test
    void refusesATextWithoutItsArgument() {
        assertThatThrownBy(() -> english.fill("Logged {pain}.", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pain");
    }

    @Test
    void writesRussianPluralsInTheirThreeForms() {
        String days = "{count, plural, one {# день} few {# дня} many {# дней} other {# дня}}";
        assertThat(russian.fill(days, Map.of("count", 1))).isEqualTo("1 день");
        assertThat(russian.fill(days, Map.of("count", 3))).isEqualTo("3 дня");
        assertThat(russian.fill(days, Map.of("count", 5))).isEqualTo("5 дней");
        assertThat(russian.fill(days, Map.of("count", 21))).isEqualTo("21 день");
    }

    @Test
    void speaksTheLanguageOfItsBundle() {
        assertThat(english.get("cli.unknownCommand", "word", "x")).isEqualTo("Unknown command 'x'.");
        assertThat(russian.get("cli.unknownCommand", "word", "x")).isEqualTo("Неизвестная команда «x».");
    }

    @Test
    void pseudoBracketsAndLengthensItsOwnWordsButKeepsArguments() {
        String text = pseudo.get("cli.unknownCommand", "word", "desk-a");
        String plain = english.get("cli.unknownCommand", "word", "desk-a");
        assertThat(text).startsWith("[").endsWith("]").contains("desk-a").doesNotContain("Unknown");
        assertThat(text.length()).isGreaterThanOrEqualTo((int) (plain.length() * 1.3));
    }

    @Test
    void refusesAKeyNoBundleHas() {
        assertThatThrownBy(() -> english.get("cli.noSuchKey"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cli.noSuchKey");
    }

    @Test
    void explainsAFailureByItsTextOrElseItsMessage() {
        NapeException named = new NapeException("developer words").withText("cli.unknownCommand", "word", "y");
        assertThat(russian.explain(named)).isEqualTo("Неизвестная команда «y».");
        assertThat(russian.explain(new NapeException("plain words"))).isEqualTo("plain words");
    }

    @Test
    void writesDatesTheLanguagesWay() {
        LocalDate date = LocalDate.of(2026, 11, 3);
        assertThat(english.dayAndMonth(date)).isEqualTo("3 November");
        assertThat(russian.dayAndMonth(date)).isEqualTo("3 ноября");
    }
}
