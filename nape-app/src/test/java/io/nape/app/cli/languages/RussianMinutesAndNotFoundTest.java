package io.nape.app.cli.languages;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import io.nape.core.catalogue.ExerciseNotFoundException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Minutes in today's plan and the plan, and an unknown routine or exercise, told in the run's language. */
class RussianMinutesAndNotFoundTest {
    private static final Pattern EVENT_LINE = Pattern.compile("^  \\d\\d:\\d\\d .*");

    @TempDir
    Path home;

    @Test
    void planCountsMinutesInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "plan", "--from", "2026-12-03");

        assertThat(run.exitCode()).isEqualTo(0);
        List<String> events = eventLines(run.out());
        assertThat(events).isNotEmpty().allSatisfy(line -> assertThat(line).matches(".* \\d+ мин$"));
        assertThat(run.out()).doesNotContain(" min");
    }

    @Test
    void todayCountsMinutesInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "today");

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(eventLines(run.out())).allSatisfy(line -> assertThat(line).matches(".* \\d+ мин .*"));
        assertThat(run.out()).doesNotContain(" min");
    }

    @Test
    void keepsTheEnglishColumnAsBefore() {
        CliRun run = CliRun.run(home, "plan", "--from", "2026-12-03");

        assertThat(eventLines(run.out())).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches(".* {1,3}\\d{1,3} min$"));
    }

    @Test
    void bracketsTheMinutesInThePseudoLanguage() {
        CliRun plan = CliRun.run(home, "--lang", "en-XA", "plan", "--from", "2026-12-03");
        CliRun today = CliRun.run(home, "--lang", "en-XA", "today");

        assertThat(eventLines(plan.out())).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches(".*\\[\\d+ ɱíñ·*\\]$"));
        assertThat(eventLines(today.out())).allSatisfy(line -> assertThat(line).matches(".*\\[\\d+ ɱíñ·*\\].*"));
    }

    @Test
    void namesAnUnknownRoutineInRussianForStartAndTimeline() {
        for (String command : List.of("start", "timeline")) {
            CliRun run = CliRun.run(home, "--lang", "ru", command, "nope");

            assertThat(run.exitCode()).as(command).isEqualTo(1);
            assertThat(run.err())
                    .as(command)
                    .isEqualTo("Нет комплекса с именем «nope». Список комплексов: './nape routines'.\n");
        }
    }

    @Test
    void namesAnUnknownRoutineOrExerciseInRussianForShow() {
        CliRun run = CliRun.run(home, "--lang", "ru", "show", "nope");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("Нет комплекса или упражнения с именем «nope».");
    }

    @Test
    void bracketsTheNotFoundLinesInThePseudoLanguage() {
        for (String command : List.of("start", "timeline", "show")) {
            CliRun run = CliRun.run(home, "--lang", "en-XA", command, "nope");

            assertThat(run.exitCode()).as(command).isEqualTo(1);
            assertThat(run.err().lines().toList()).as(command).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .startsWith("[")
                    .contains("nope"));
        }
    }

    @Test
    void keepsTheEnglishNotFoundAsBefore() {
        CliRun run = CliRun.run(home, "start", "nope");

        assertThat(run.err()).isEqualTo("No routine named \"nope\". Run './nape routines' to see them.\n");
    }

    @Test
    void namesAnUnknownExerciseInRussian() {
        ExerciseNotFoundException failure = new ExerciseNotFoundException("nope");

        assertThat(Texts.of(Language.RUSSIAN).explain(failure))
                .isEqualTo("Нет упражнения с именем «nope». Имена упражнений: './nape routines --all'.");
        assertThat(Texts.of(Language.ENGLISH).explain(failure)).isEqualTo(failure.getMessage());
    }

    private static List<String> eventLines(String out) {
        return out.lines().filter(line -> EVENT_LINE.matcher(line).matches()).toList();
    }
}
