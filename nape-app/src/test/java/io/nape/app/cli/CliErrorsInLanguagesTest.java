package io.nape.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** picocli's parse errors told from the cli bundle: English as before, Russian, and pseudo. */
class CliErrorsInLanguagesTest {
    @TempDir
    Path home;

    @Test
    void namesAMissingParameterInEnglishAsBefore() {
        CliRun run = CliRun.run(home, "timeline");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("Missing required parameter: 'ROUTINE'.\nRun 'nape timeline --help' for usage.\n");
    }

    @Test
    void namesAMissingParameterInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "timeline");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("Не хватает обязательного аргумента: «ROUTINE».\nСправка: «nape timeline --help».\n");
    }

    @Test
    void namesTheMissingRoutineOfStartAndOffersTheBreak() {
        CliRun run = CliRun.run(home, "--lang", "ru", "start");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Укажите комплекс, например './nape start desk-a', или --break");
    }

    @Test
    void namesAnOptionWithoutItsValueInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "log", "pain", "3", "--where");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("У параметра «--where» нет значения (AREA).\n");
    }

    @Test
    void namesAValueOfTheWrongTypeInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "serve", "--port", "x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("Неверное значение параметра «--port»: «x» — не целое число.\n"
                        + "Справка: «nape serve --help».\n");
    }

    @Test
    void namesAnOptionGivenTwiceInRussianAndEnglish() {
        CliRun russian = CliRun.run(home, "--lang", "ru", "export", "--json", "a.json", "--json", "b.json");
        CliRun english = CliRun.run(home, "export", "--json", "a.json", "--json", "b.json");

        assertThat(russian.err()).startsWith("Параметр «--json» можно указать только один раз.\n");
        assertThat(english.err()).startsWith("Option '--json' should be specified only once.\n");
        assertThat(russian.exitCode()).isEqualTo(2);
    }

    @Test
    void namesAFlagGivenAValue() {
        CliRun run = CliRun.run(home, "import", "--merge=yes", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--merge': 'yes'.\n");
    }

    @Test
    void namesAValueThatLooksLikeAnOption() {
        CliRun run = CliRun.run(home, "--lang", "ru", "export", "--json", "--csv", "folder");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("После параметра «--json» должно идти его значение, а не «--csv».\n");
    }

    @Test
    void tellsAnUnknownArgumentInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "plan", "--bogus");

        assertThat(run.err()).isEqualTo("Неизвестный аргумент «--bogus».\nСправка: «nape plan --help».\n");
    }

    @Test
    void bracketsEveryLineOfAUsageErrorInThePseudoLanguage() {
        String[][] mistakes = {
            {"start"},
            {"log", "pain"},
            {"log", "pain", "3", "--where"},
            {"serve", "--port", "x"},
            {"export", "--json", "a", "--json", "b"},
            {"export", "--json", "--csv", "folder"},
            {"import", "--merge=yes", "x"},
            {"plan", "--bogus"},
            {"rutines"},
            {"export"},
            {"restore"}
        };
        for (String[] mistake : mistakes) {
            String[] args = new String[mistake.length + 2];
            args[0] = "--lang";
            args[1] = "en-XA";
            System.arraycopy(mistake, 0, args, 2, mistake.length);

            CliRun run = CliRun.run(home, args);

            assertThat(run.exitCode()).as(String.join(" ", mistake)).isEqualTo(2);
            PseudoLines.assertEveryLineBracketed(run.err());
        }
    }
}
