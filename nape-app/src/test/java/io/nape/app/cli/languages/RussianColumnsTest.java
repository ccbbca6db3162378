package io.nape.app.cli.languages;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's units, phases and sides, a session's level and where pain was, in the run's language. */
class RussianColumnsTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path home;

    @Test
    void timelineNamesUnitsPhasesAndSidesInRussian() {
        List<String> lines = CliRun.run(home, "--lang", "ru", "timeline", "desk-a")
                .out()
                .lines()
                .toList();

        assertThat(lines.get(0)).startsWith("    0.0 с    5.0 с  ПОДГОТОВКА  iso-forehead-press ");
        assertThat(lines)
                .contains("  180.0 с    5.0 с  ПОДГОТОВКА  iso-temple-press слева       Левую ладонь к левому виску");
        assertThat(lines).noneMatch(line -> line.matches(".*( s |PREPARE|left|right).*"));
    }

    @Test
    void timelineKeepsItsEnglishColumns() {
        List<String> lines =
                CliRun.run(home, "timeline", "desk-a").out().lines().toList();

        assertThat(lines.get(0)).startsWith("    0.0 s    5.0 s  PREPARE     iso-forehead-press ");
        assertThat(lines).anyMatch(line -> line.startsWith("  180.0 s    5.0 s  PREPARE     iso-temple-press left "));
    }

    @Test
    void anUnknownLevelIsExplainedInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "timeline", "desk-a", "--level", "hardest");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Такого уровня нет; укажите один из: gentle, standard, full." + NL);
    }

    @Test
    void historyAndDiaryNameTheLevelAndWherePainWasInRussian() {
        CliRun.run(home, "start", "posture", "--plain", "--speed", "1000");
        CliRun.run(home, "log", "pain", "4", "--where", "neck,arms", "--character", "aching");

        CliRun history = CliRun.run(home, "--lang", "ru", "history");
        CliRun diary = CliRun.run(home, "--lang", "ru", "diary");
        CliRun english = CliRun.run(home, "diary");

        assertThat(history.out().lines().skip(1).findFirst().orElseThrow())
                .matches("1 +\\S+ \\S+ posture +мягкий +завершено .*");
        assertThat(diary.out())
                .contains("  занятие posture (мягкий), завершено, выполнено упражнений: 2 из 2" + NL)
                .contains("  боль 4/10, шея и руки, ноющая" + NL);
        assertThat(english.out())
                .contains("  session posture (gentle), completed, 2 of 2 exercises completed" + NL)
                .contains("  pain 4/10, neck and arms, aching" + NL);
    }

    @Test
    void anExerciseNamesItsPositionEquipmentAndBreathingInRussian() {
        CliRun russian = CliRun.run(home, "--lang", "ru", "show", "iso-temple-press");
        CliRun english = CliRun.run(home, "show", "iso-temple-press");

        assertThat(russian.out())
                .contains("Раздел: изометрический комплекс #3   Положение: сидя   Понадобится: стул" + NL)
                .containsPattern("дыхание: медленный ровный выдох при усилии" + NL);
        assertThat(english.out())
                .contains("Part: isometric-complex #3   Position: sitting   Needs: chair" + NL)
                .contains("; breathing: steady-out-on-effort" + NL);
    }

    @Test
    void theHelpCommandIsDescribedInRussian() {
        CliRun run = CliRun.run(home, "--lang", "ru", "help", "help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Показать справку по команде или, если команда не указана, по Nape." + NL)
                .contains("Без COMMAND показывает справку по самому Nape." + NL)
                .doesNotContain("Display", "When no COMMAND");
    }
}
