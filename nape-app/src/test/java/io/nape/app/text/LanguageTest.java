package io.nape.app.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void readsTagsAndPosixLocales() {
        assertThat(Language.parse("ru")).contains(Language.RUSSIAN);
        assertThat(Language.parse("ru_RU.UTF-8")).contains(Language.RUSSIAN);
        assertThat(Language.parse("EN-gb")).contains(Language.ENGLISH);
        assertThat(Language.parse("en-XA")).contains(Language.PSEUDO);
        assertThat(Language.parse("de_DE.UTF-8")).isEmpty();
        assertThat(Language.parse("C")).isEmpty();
    }

    @Test
    void takesTheFirstSetLocaleVariableAsPosixDoes() {
        assertThat(Language.fromLocaleVariables(Map.of("LANG", "ru_RU.UTF-8"))).isEqualTo(Language.RUSSIAN);
        assertThat(Language.fromLocaleVariables(Map.of("LC_ALL", "C", "LANG", "ru_RU.UTF-8")))
                .isEqualTo(Language.ENGLISH);
        assertThat(Language.fromLocaleVariables(Map.of("LC_MESSAGES", "ru_RU", "LANG", "en_US")))
                .isEqualTo(Language.RUSSIAN);
        assertThat(Language.fromLocaleVariables(Map.of())).isEqualTo(Language.ENGLISH);
    }

    @Test
    void choosesTheMostPreferredLanguageOfTheBrowser() {
        assertThat(Language.fromAcceptLanguage("de-DE,de;q=0.9,ru;q=0.8,en;q=0.7"))
                .isEqualTo(Language.RUSSIAN);
        assertThat(Language.fromAcceptLanguage("en;q=0.5, ru;q=0.9")).isEqualTo(Language.RUSSIAN);
        assertThat(Language.fromAcceptLanguage("ru;q=0, en")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromAcceptLanguage("fr")).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void aFlagComesBeforeTheVariablesAndTheLocale() {
        Map<String, String> environment = Map.of("NAPE_LANG", "en", "LANG", "en_US.UTF-8");
        assertThat(LanguageChoice.of(new String[] {"--lang", "ru", "today"}, environment))
                .isEqualTo(Language.RUSSIAN);
        assertThat(LanguageChoice.of(new String[] {"today", "--lang=ru"}, environment))
                .isEqualTo(Language.RUSSIAN);
        assertThat(LanguageChoice.of(new String[] {"today"}, Map.of("NAPE_LANG", "ru", "LANG", "en_US")))
                .isEqualTo(Language.RUSSIAN);
        assertThat(LanguageChoice.of(new String[] {"today"}, Map.of("LANG", "ru_RU.UTF-8")))
                .isEqualTo(Language.RUSSIAN);
    }

    @Test
    void aLanguageNamedOnPurposeThatNapeDoesNotSpeakIsAnError() {
        assertThatThrownBy(() -> LanguageChoice.of(new String[] {"--lang", "de"}, Map.of()))
                .hasMessage("Nape does not speak 'de' (--lang); choose one of en, ru.");
        assertThatThrownBy(() -> LanguageChoice.of(new String[] {"today"}, Map.of("NAPE_LANG", "xx", "LANG", "ru_RU")))
                .hasMessage(
                        "Nape не говорит на языке «xx» (NAPE_LANG); укажите один из: en, ru — или уберите переменную.");
    }
}
