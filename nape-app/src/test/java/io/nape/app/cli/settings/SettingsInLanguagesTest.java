package io.nape.app.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nape.app.cli.CliRun;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.plan.BreakRules;
import io.nape.core.plan.WeekSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Settings problems on the command line read in the person's language. */
class SettingsInLanguagesTest {
    private static final String KEYS = "timeZone, workDays, workStart, workEnd, lunch, morning, evening,"
            + " breakEveryMinutes, quietDays, level, relaxationStart, microBreakMinutes, naturalBreakMinutes,"
            + " maxPostponeMinutes, callDetection, yogaDays, yogaTime, lunchSession";

    @TempDir
    Path home;

    @Test
    void anUnknownSettingIsExplainedInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "settings", "set", "nonsense", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("Настройки «nonsense» нет. Есть такие настройки: ")
                .contains("breakEveryMinutes");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void anUnknownSettingIsBracketedInPseudoEnglish() {
        CliRun run = CliRun.run(home, "--lang", "en-XA", "settings", "set", "nonsense", "1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).isNotEmpty().allMatch(line -> line.contains("["));
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of("workStart", "7:30", "в «workStart» укажите время в виде ЧЧ:ММ, от 00:00 до 23:59."),
                Arguments.of(
                        "breakEveryMinutes",
                        "0",
                        "в «breakEveryMinutes» укажите целое число минут от 15 до 240, а указано 0."),
                Arguments.of(
                        "workDays",
                        "MON,XYZ",
                        "в «workDays» укажите список дней из MON, TUE, WED, THU, FRI, SAT, SUN, например [\"MON\","
                                + " \"TUE\"]; одно из значений — не день недели."),
                Arguments.of(
                        "workDays", "MON,MON", "в «workDays» день MON указан дважды; укажите каждый день один раз."),
                Arguments.of(
                        "quietDays",
                        "2026-02-30",
                        "в «quietDays» укажите список дат в виде ГГГГ-ММ-ДД, например [\"2026-12-25\"]; одно из значений"
                                + " — не такая дата."),
                Arguments.of(
                        "relaxationStart",
                        "3000-01-01",
                        "в «relaxationStart» укажите дату от 1900-01-01 до 2999-12-31, а указано 3000-01-01."),
                Arguments.of(
                        "relaxationStart",
                        "next monday",
                        "в «relaxationStart» укажите дату в виде ГГГГ-ММ-ДД, например \"2026-01-05\", или null."),
                Arguments.of(
                        "lunch",
                        "13:00-13:00",
                        "перерыв «lunch» должен заканчиваться позже, чем начинается, а указано 13:00–13:00; укажите,"
                                + " например, 13:00–14:00."),
                Arguments.of(
                        "lunch",
                        "19:00-19:30",
                        "перерыв «lunch» 19:00–19:30 должен быть внутри рабочего времени 09:00–18:00."),
                Arguments.of("morning", "21:00", "«morning» и «evening» должны различаться, а сейчас оба — 21:00."),
                Arguments.of(
                        "workEnd",
                        "09:00",
                        "«workEnd» и «workStart» должны различаться, а сейчас оба — 09:00; укажите, когда заканчивается"
                                + " работа, например 18:00."),
                Arguments.of(
                        "workEnd",
                        "08:00",
                        "«workEnd» 08:00 раньше «workStart» 09:00, и ночная смена длилась бы 23 часа; укажите «workEnd»"
                                + " позже «workStart» или ночную смену не длиннее 16 часов, например 22:00–06:00."),
                Arguments.of("level", "max", "в «level» укажите одно из значений: gentle, standard, full."),
                Arguments.of(
                        "timeZone",
                        "Mars/Olympus",
                        "в «timeZone» укажите часовой пояс, например «Europe/Berlin», «America/New_York» или «UTC»."),
                Arguments.of(
                        "microBreakMinutes",
                        "6",
                        "в «microBreakMinutes» укажите целое число минут от 1 до 5, а указано 6."),
                Arguments.of(
                        "naturalBreakMinutes",
                        "61",
                        "в «naturalBreakMinutes» укажите целое число минут от 2 до 60, а указано 61."),
                Arguments.of(
                        "maxPostponeMinutes", "soon", "в «maxPostponeMinutes» укажите целое число минут от 5 до 120."),
                Arguments.of("callDetection", "maybe", "в «callDetection» укажите true или false."),
                Arguments.of("lunchSession", "yes", "в «lunchSession» укажите true или false."),
                Arguments.of(
                        "yogaDays",
                        "mon,tue",
                        "в «yogaDays» укажите не меньше 3 дней, ведь йогу для шеи советуют делать не реже трёх раз в неделю;"
                                + " указано 2."),
                Arguments.of("yogaTime", "evening", "в «yogaTime» укажите время в виде ЧЧ:ММ, от 00:00 до 23:59."));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongValues")
    void eachWrongValueIsExplainedInRussianAndNothingIsSaved(String key, String value, String problem) {
        String before = CliRun.run(home, "settings", "--json").out();

        CliRun run = CliRun.run(home, "--lang", "ru", "settings", "set", key, value);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("settings set: " + problem + "\n");
        assertThat(CliRun.run(home, "settings", "--json").out()).isEqualTo(before);
    }

    @Test
    void aLunchNotWrittenStartEndIsExplainedInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "settings", "set", "lunch", "12:00");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("В «lunch» укажите перерыв в виде НАЧАЛО-КОНЕЦ, например 13:00-14:00, или none.\n");
    }

    static Stream<Arguments> wrongFiles() {
        return Stream.of(
                Arguments.of("{\"colour\": 1}", "один из ключей — не настройка. Есть такие настройки: " + KEYS + "."),
                Arguments.of(
                        "[]",
                        "настройки должны быть одним объектом JSON, например {\"workStart\": \"09:00\", \"workEnd\":"
                                + " \"18:00\"}."),
                Arguments.of(
                        "{\"workDays\": [1]}",
                        "в «workDays» укажите список дней из MON, TUE, WED, THU, FRI, SAT, SUN, например [\"MON\","
                                + " \"TUE\"]; одно из значений — не строка."),
                Arguments.of(
                        "{\"lunch\": {\"start\": \"13:00\", \"end\": \"14:00\", \"place\": 1}}",
                        "в «lunch» есть ключ, который не «start» и не «end»; допустимы только «start» и «end»."),
                Arguments.of(
                        "{\"lunch\": {\"start\": \"13:00\"}}",
                        "в «lunch» нужны и «start», и «end», например {\"start\": \"13:00\", \"end\": \"14:00\"}."),
                Arguments.of(
                        "{\"lunch\": 1300}",
                        "в «lunch» укажите объект, например {\"start\": \"13:00\", \"end\": \"14:00\"}, или null, если"
                                + " перерыва нет, а указано 1300."),
                Arguments.of(
                        "{\"quietDays\": [\"0000-01-01\"]}",
                        "в «quietDays» укажите дату от 1900-01-01 до 2999-12-31, а указано 0000-01-01."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongFiles")
    void aBrokenSettingsFileIsNamedWithItsProblemInRussian(String json, String problem) throws IOException {
        Path file = write(json);

        CliRun run = CliRun.run(home, "--lang", "ru", "plan", "--settings", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(file + ": " + problem + "\n");
    }

    @Test
    void everyProblemOfAFileHasItsOwnLineInRussian() throws IOException {
        Path file = write("{\"workStart\": \"25:00\", \"level\": \"max\"}");

        CliRun run = CliRun.run(home, "--lang", "ru", "plan", "--settings", file.toString());

        assertThat(run.err())
                .isEqualTo(file + ": в «workStart» укажите время в виде ЧЧ:ММ, от 00:00 до 23:59.\n" + file
                        + ": в «level» укажите одно из значений: gentle, standard, full.\n");
    }

    @Test
    void aFileThatIsNotJsonIsNamedWithItsLineInRussian() throws IOException {
        Path file = write("{\"workStart\": \"09:00\",\n \"workEnd\": }");

        CliRun run = CliRun.run(home, "--lang", "ru", "plan", "--settings", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("В " + file + " ошибка JSON в строке 2, столбце ");
    }

    @Test
    void aMissingFileIsNamedInRussian() {
        Path file = home.resolve("missing.json");

        CliRun run = CliRun.run(home, "--lang", "ru", "plan", "--settings", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Файла настроек " + file + " нет.\n");
    }

    @Test
    void theCoresRangeChecksAreExplainedInRussian() {
        Texts russian = Texts.of(Language.RUSSIAN);

        assertThatThrownBy(() -> new BreakRules(9, 5, 30, true))
                .satisfies(failure -> assertThat(russian.explain(failure))
                        .isEqualTo("в «microBreakMinutes» укажите от 1 до 5 минут, а указано 9."));
        assertThatThrownBy(() -> new WeekSessions(
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                        LocalTime.of(18, 30, 15),
                        false))
                .satisfies(failure -> assertThat(russian.explain(failure))
                        .isEqualTo("в «yogaTime» укажите время в целых минутах, например 18:30, а указано 18:30:15."));
    }

    @Test
    void aWrongValueIsBracketedInPseudoEnglishAndPlainInEnglish() {
        CliRun pseudo = CliRun.run(home, "--lang", "en-XA", "settings", "set", "microBreakMinutes", "6");
        CliRun english = CliRun.run(home, "--lang", "en", "settings", "set", "microBreakMinutes", "6");

        assertThat(pseudo.exitCode()).isEqualTo(1);
        assertThat(pseudo.err()).startsWith("[").contains("microBreakMinutes").doesNotContain("must be");
        assertThat(english.err())
                .isEqualTo(
                        "settings set: \"microBreakMinutes\" must be a whole number of minutes from 1 to 5, was 6.\n");
    }

    private Path write(String json) throws IOException {
        Path file = home.resolve("my-settings.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }
}
