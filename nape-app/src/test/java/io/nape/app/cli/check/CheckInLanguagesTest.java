package io.nape.app.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The check's answer-file problems read in the person's language. */
class CheckInLanguagesTest {
    private static final String NL = System.lineSeparator();
    private static final String AGAIN = " Исправьте ответы и пройдите проверку ещё раз.";

    @TempDir
    Path home;

    private CliRun check(String lang, String json) throws IOException {
        Path answers = home.resolve("answers.json");
        Files.writeString(answers, json, StandardCharsets.UTF_8);
        return CliRun.run(home, "--lang", lang, "check", "--answers", answers.toString());
    }

    static Stream<Arguments> badAnswersInRussian() {
        String example = "{\"age\": 42, \"painLevel\": 4, \"signs\": [\"headache\"]}";
        return Stream.of(
                Arguments.of("{\"age\": \"forty\"}", "«age» должно быть целым числом, а указано: текст." + AGAIN, ""),
                Arguments.of("{\"painLevel\": 11}", "«painLevel» должно быть от 0 до 10, а указано 11." + AGAIN, ""),
                Arguments.of(
                        "{\"worsening\": 1.5}",
                        "«worsening» должно быть true или false, а указано: дробное число." + AGAIN,
                        ""),
                Arguments.of(
                        "{\"signs\": \"fever\"}",
                        "«signs» должно быть списком идентификаторов, например [\"",
                        "а указано: текст." + AGAIN),
                Arguments.of(
                        "{\"age\": 4",
                        "Ответы записаны не по правилам JSON (строка 1, позиция ",
                        "Укажите один объект JSON, например " + example + "."),
                Arguments.of(
                        "{\"colour\": 1}",
                        "В ответах есть поле не из списка age, painLevel, daysSinceOnset, worsening, onset, signs,"
                                + " conditions. Уберите его.",
                        ""),
                Arguments.of(
                        "[]",
                        "Ответы должны быть одним объектом JSON, например " + example + ", а указано: список.",
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswersInRussian")
    void answersFileProblemsAreInRussian(String json, String start, String end) throws IOException {
        CliRun run = check("ru", json);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(start).endsWith(end + NL);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).doesNotContainPattern("[a-z]+ [a-z]+ [a-z]+ the");
    }

    @Test
    void aMissingAnswersFileIsExplainedInRussian() {
        Path missing = home.resolve("нет.json");

        CliRun run = CliRun.run(home, "--lang", "ru", "check", "--answers", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Файла ответов " + missing + " нет. Укажите путь к файлу JSON или «-», чтобы читать ответы"
                        + " со стандартного ввода." + NL);
    }

    @Test
    void aCheckLeftUnfinishedIsExplainedInRussian() {
        CliRun run = CliRun.runWithInput(home, "", "--lang", "ru", "check");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .endsWith("Проверка закончилась раньше, чем были даны все ответы. Запустите «./nape check» ещё раз"
                        + " или укажите ответы: --answers ФАЙЛ." + NL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswersInRussian")
    void answersFileProblemsAreBracketedInPseudoEnglish(String json) throws IOException {
        CliRun run = check("en-XA", json);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).isNotEmpty().allMatch(line -> line.contains("["));
    }
}
