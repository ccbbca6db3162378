package io.nape.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language of a run: --lang, then NAPE_LANG, then the locale of the environment. */
class LanguageOptionTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpSpeaksTheLanguageAskedFor() {
        assertThat(run(Map.of(), "--lang", "ru", "--help")).isZero();
        assertThat(out.toString()).contains("Помощник для шеи", "Запуск: nape", "Команды:");
    }

    @Test
    void theLocaleOfTheEnvironmentChoosesWhenNothingElseDoes() {
        assertThat(run(Map.of("LANG", "ru_RU.UTF-8"), "--help")).isZero();
        assertThat(out.toString()).contains("Помощник для шеи");
    }

    @Test
    void aFlagWinsOverTheEnvironment() {
        assertThat(run(Map.of("NAPE_LANG", "ru", "LANG", "ru_RU.UTF-8"), "--lang=en", "--help"))
                .isZero();
        assertThat(out.toString()).contains("A neck-relief coach").doesNotContain("Помощник");
    }

    @Test
    void aLanguageNapeDoesNotSpeakIsAUsageError() {
        assertThat(run(Map.of(), "--lang", "de", "routines")).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("Nape does not speak 'de' (--lang); choose one of en, ru." + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aWrongNapeLangIsNamedInTheLanguageOfTheLocale() {
        assertThat(run(Map.of("NAPE_LANG", "fr", "LANG", "ru_RU.UTF-8"), "routines"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("«fr» (NAPE_LANG)");
    }

    @Test
    void anUnknownCommandIsToldInRussian() {
        assertThat(run(Map.of(), "--lang", "ru", "nonsense")).isEqualTo(2);
        assertThat(err.toString()).contains("Неизвестная команда «nonsense».", "Справка: «nape --help».");
    }

    private int run(Map<String, String> environment, String... args) {
        Map<String, String> withHome = new HashMap<>(environment);
        withHome.put("NAPE_HOME", home.toString());
        return Main.run(
                args,
                withHome,
                new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }
}
