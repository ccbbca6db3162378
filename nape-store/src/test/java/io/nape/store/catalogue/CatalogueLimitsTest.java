package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.nape.core.catalogue.Dosage;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.Routine;
import io.nape.core.session.Timeline;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueLimitsTest {
    private static final String FILE = String.join(
            "\n",
            "part: posture",
            "exercises:",
            "  - id: my-press",
            "    name: My press",
            "    style: isometric",
            "    steps: [Press your palm against your forehead.]",
            "    dosage:",
            "      hold: 5",
            "      relax: 10",
            "      repetitions: 3",
            "    cues:",
            "      prepare: Sit tall",
            "      press: Press",
            "routines:",
            "  - id: my-routine",
            "    name: My routine",
            "    exercises: [my-press]",
            "");

    private final CatalogueLoader loader = new CatalogueLoader();

    private static String with(String line, String replacement) {
        assertThat(FILE).contains(line);
        return FILE.replace(line, replacement);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "hold: 3000000000 | 8 | 'hold' must be at most 300, was 3000000000",
                "hold: 99999999999999999999999 | 8 | 'hold' must be at most 300, was 99999999999999999999999",
                "hold: 5-301 | 8 | 'hold' must be at most 300, was 5-301",
                "relax: 100000 | 9 | 'relax' must be at most 300, was 100000",
                "repetitions: 2000000000 | 10 | 'repetitions' must be at most 50, was 2000000000",
                "repetitions: 100000 | 10 | 'repetitions' must be at most 50, was 100000",
                "repetitions: 3-51 | 10 | 'repetitions' must be at most 50, was 3-51",
            })
    void refusesANumberNoPersonCouldDoAtItsLineAndKeepsTheBuiltIns(
            String replacement, int line, String problem, @TempDir Path folder) throws IOException {
        String key = replacement.substring(0, replacement.indexOf(':'));
        String original = FILE.lines()
                .filter(text -> text.trim().startsWith(key + ":"))
                .findFirst()
                .orElseThrow()
                .trim();
        Path file = folder.resolve("mine.yaml");
        Files.writeString(file, with(original, replacement));

        CatalogueLoad load = loader.load(folder);

        assertThat(load.problems()).containsExactly(file + ":" + line + ": " + problem);
        assertThat(load.skippedFiles()).containsExactly(file.toString());
        assertThat(load.catalogue().findRoutine("my-routine")).isEmpty();
        assertThat(load.catalogue().findRoutine("isometric-complex")).isPresent();
    }

    @Test
    void refusesCountedMovementsThatTakeLongerThanTheLongestEffort() {
        String text = with("      hold: 5\n", "      movements: 100\n      movementSeconds: 30\n");

        CatalogueLoad load = loader.load(java.util.List.of(new CatalogueSource("mine.yaml", text, false)));

        assertThat(load.problems())
                .containsExactly(
                        "mine.yaml:8: 'movements' times 'movementSeconds' must be at most 300 seconds," + " is 3000");
    }

    @Test
    void refusesAWholeNumberTooLargeToHold() {
        String text = with("    steps:", "    prepareSeconds: 3000000000\n    steps:");

        CatalogueLoad load = loader.load(java.util.List.of(new CatalogueSource("mine.yaml", text, false)));

        assertThat(load.problems()).containsExactly("mine.yaml:6: 'prepareSeconds' must be 0-120, was 3000000000");
    }

    @Test
    void refusesARoutineLongerThanAnHourAtTheFullLevelWithoutALimitOfItsOwn() {
        String text = with(
                        "      hold: 5\n      relax: 10\n      repetitions: 3",
                        "      hold: 300\n      relax: 300\n" + "      repetitions: 50")
                .replace("exercises: [my-press]", "exercises: [my-press, my-press]");

        CatalogueLoad load = loader.load(java.util.List.of(new CatalogueSource("mine.yaml", text, false)));

        assertThat(load.problems())
                .containsExactly("mine.yaml:15: routine \"my-routine\" lasts more than 1000 min 0 s at the full level,"
                        + " more than its limit of 60 minutes");
    }

    @Test
    void refusesARoutineOfMoreExercisesThanTheLimit() {
        String many = IntStream.range(0, Routine.MAX_EXERCISES + 1)
                .mapToObj(index -> "my-press")
                .collect(Collectors.joining(", "));
        String text = with("exercises: [my-press]", "exercises: [" + many + "]");

        CatalogueLoad load = loader.load(java.util.List.of(new CatalogueSource("mine.yaml", text, false)));

        assertThat(load.problems())
                .containsExactly("mine.yaml:17: a routine may list at most 30 exercises, this one lists 31");
    }

    @Test
    void reportsTheFirstProblemsOfAFileAndCountsTheRest() {
        String bad = IntStream.range(0, 30)
                .mapToObj(index -> "  - id: Bad" + index + "\n    name: x\n    style: card\n    steps: [x]\n")
                .collect(Collectors.joining());

        CatalogueLoad load = loader.load(
                java.util.List.of(new CatalogueSource("mine.yaml", "part: posture\nexercises:\n" + bad, false)));

        assertThat(load.problems()).hasSize(CatalogueLoader.MAX_PROBLEMS_PER_FILE + 1);
        assertThat(load.problems().get(CatalogueLoader.MAX_PROBLEMS_PER_FILE))
                .isEqualTo("mine.yaml:79: and 10 more problems in this file");
    }

    @Test
    void refusesAFileOfFiftyMegabytesAtItsFirstLineWithoutReadingIt(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.yaml");
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }

        CatalogueLoad load = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loader.load(folder));

        assertThat(load.problems())
                .containsExactly(file + ":1: the file is larger than 2 MB, the most a content file may hold; split it"
                        + " into smaller files");
        assertThat(load.catalogue().findRoutine("isometric-complex")).isPresent();
    }

    @Test
    void refusesTextOverTheLimitHandedInDirectly() {
        String text = FILE + "#".repeat(io.nape.store.yaml.YamlFile.MAX_SIZE);

        CatalogueLoad load = loader.load(java.util.List.of(new CatalogueSource("mine.yaml", text, false)));

        assertThat(load.problems()).hasSize(1).first().asString().startsWith("mine.yaml:1: the file is larger than");
    }

    @Test
    void refusesAFileThatIsNotUtf8(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin.yaml");
        Files.write(file, new byte[] {'p', 'a', 'r', 't', ':', ' ', (byte) 0xE9, '\n'});

        CatalogueLoad load = loader.load(folder);

        assertThat(load.problems()).containsExactly(file + ":1: the file is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void everyBuiltInValueStaysWellWithinTheLimits() {
        CatalogueLoad load = loader.load((Path) null);

        assertThat(load.problems()).isEmpty();
        load.catalogue().exercises().forEach(exercise -> {
            Dosage dosage = exercise.dosage();
            assertThat(dosage.effortSeconds(DosageLevel.FULL)).isLessThanOrEqualTo(Dosage.MAX_EFFORT_SECONDS / 2);
            assertThat(dosage.relax().max()).isLessThanOrEqualTo(Dosage.MAX_RELAX_SECONDS / 2);
            assertThat(dosage.repetitions().max()).isLessThanOrEqualTo(Dosage.MAX_REPETITIONS / 2);
            assertThat(dosage.movements()).isLessThanOrEqualTo(Dosage.MAX_MOVEMENTS / 2);
        });
        load.catalogue().routines().forEach(routine -> {
            assertThat(routine.items()).hasSizeLessThanOrEqualTo(Routine.MAX_EXERCISES / 2);
            assertThat(Timeline.expand(routine, load.catalogue(), DosageLevel.FULL)
                            .totalMs())
                    .isLessThanOrEqualTo(Routine.MAX_FULL_MINUTES * 60_000L / 2);
        });
    }
}
