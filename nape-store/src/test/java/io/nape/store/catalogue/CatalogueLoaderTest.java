package io.nape.store.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {
    private static final String GOOD_EXERCISE = String.join(
            "\n",
            "part: posture",
            "exercises:",
            "  - id: my-shrug",
            "    name: My shrug",
            "    style: movement",
            "    steps: [Lift your shoulders and let them drop.]",
            "    dosage:",
            "      movements: 5",
            "      movementSeconds: 3",
            "    cues:",
            "      prepare: Sit tall",
            "      move: Shoulders up, then drop",
            "routines:",
            "  - id: my-routine",
            "    name: My routine",
            "    exercises: [my-shrug]",
            "");

    private final CatalogueLoader loader = new CatalogueLoader();

    private static CatalogueSource user(String name, String text) {
        return new CatalogueSource(name, text, false);
    }

    private CatalogueLoad loadOne(String text) {
        return loader.load(List.of(user("mine.yaml", text)));
    }

    @Test
    void loadsAWellFormedFile() {
        CatalogueLoad load = loadOne(GOOD_EXERCISE);

        assertThat(load.problems()).isEmpty();
        assertThat(load.catalogue().findRoutine("my-routine")).isPresent();
        assertThat(load.catalogue()
                        .findExercise("my-shrug")
                        .orElseThrow()
                        .dosage()
                        .movements())
                .isEqualTo(5);
    }

    @Test
    void reportsInvalidYamlWithItsLine() {
        CatalogueLoad load = loadOne("part: posture\nexercises:\n  - id: [unclosed\n");

        assertThat(load.problems()).hasSize(1);
        assertThat(load.problems().get(0)).startsWith("mine.yaml:4: this is not valid YAML: ");
        assertThat(load.skippedFiles()).containsExactly("mine.yaml");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnceWithFileAndLine() {
        String text = String.join(
                "\n",
                "part: posture",
                "exercises:",
                "  - id: Bad Id",
                "    name: Broken",
                "    style: wobble",
                "    steps: [One step.]",
                "    dosage:",
                "      hold: 7-5",
                "      repetitions: 0",
                "      sides: three",
                "    cues:",
                "      prepare: This cue has far too many words to read mid exercise",
                "      hold: Hold",
                "    colour: red",
                "");

        CatalogueLoad load = loadOne(text);

        assertThat(load.problems())
                .containsExactly(
                        "mine.yaml:14: unknown key 'colour'; expected one of: areas, cues, dosage, equipment,"
                                + " figure, id, name, notes, number, position, prepareSeconds, sequence, steps, style",
                        "mine.yaml:3: id \"Bad Id\" must be lower-case letters, digits and dashes",
                        "mine.yaml:5: 'style' must be one of isometric, stretch, movement, breathing, relaxation,"
                                + " card, was \"wobble\"",
                        "mine.yaml:8: 'hold' range 7-5 has its minimum above its maximum",
                        "mine.yaml:10: 'sides' must be one of none, both, was \"three\"",
                        "mine.yaml:9: 'repetitions' must be at least 1, was 0",
                        "mine.yaml:12: cue 'prepare' must have 1-8 words, has 11");
    }

    @Test
    void reportsAMissingPartAndUnknownTopLevelKey() {
        CatalogueLoad load = loadOne("exercise:\n  - id: x\n");

        assertThat(load.problems())
                .containsExactly(
                        "mine.yaml:1: unknown key 'exercise'; expected one of: exercises, notes, part, routines",
                        "mine.yaml:1: 'part' is missing; it must be one of isometric-complex, chair-stretch, yoga,"
                                + " simple-exercises, breathing, posture, self-massage, relaxation, first-aid,"
                                + " desk-habits",
                        "mine.yaml:1: the file needs 'exercises:' or 'routines:'");
    }

    @Test
    void reportsARoutineNamingAnUnknownExerciseAtTheLineThatNamesIt() {
        String text = GOOD_EXERCISE.replace("exercises: [my-shrug]", "exercises:\n      - my-shrug\n      - no-such");

        CatalogueLoad load = loadOne(text);

        assertThat(load.problems())
                .containsExactly(
                        "mine.yaml:18: routine \"my-routine\" names exercise \"no-such\", which does not exist");
    }

    @Test
    void reportsADuplicateIdWithThePlaceOfTheFirst() {
        CatalogueLoad load = loader.load(List.of(
                user("a.yaml", GOOD_EXERCISE),
                user("b.yaml", GOOD_EXERCISE.replace("id: my-routine", "id: other-routine"))));

        assertThat(load.problems()).containsExactly("b.yaml:3: exercise id \"my-shrug\" is already used at a.yaml:3");
        assertThat(load.skippedFiles()).containsExactly("b.yaml");
        assertThat(load.catalogue().findRoutine("my-routine")).isPresent();
        assertThat(load.catalogue().findRoutine("other-routine")).isEmpty();
    }

    @Test
    void refusesAnAdviceCardInARoutine() {
        String text = String.join(
                "\n",
                "part: desk-habits",
                "exercises:",
                "  - id: sit-close",
                "    name: Sit close",
                "    style: card",
                "    steps: [Sit close to the desk.]",
                "routines:",
                "  - id: cards",
                "    name: Cards",
                "    exercises: [sit-close]",
                "");

        CatalogueLoad load = loadOne(text);

        assertThat(load.problems())
                .containsExactly("mine.yaml:10: routine \"cards\" names \"sit-close\", an advice card, which cannot"
                        + " be played as a timed exercise");
    }

    @Test
    void refusesARoutineLongerThanItsLimit() {
        String text = GOOD_EXERCISE
                .replace("exercises: [my-shrug]", "exercises: [my-shrug]\n    maxMinutes: 1")
                .replace("movements: 5", "movements: 5\n      repetitions: 6\n      relax: 10");

        CatalogueLoad load = loadOne(text);

        assertThat(load.problems())
                .containsExactly("mine.yaml:16: routine \"my-routine\" lasts 2 min 35 s at the full level, more"
                        + " than its maxMinutes of 1");
    }

    @Test
    void requiresTheCueForTheEffortOfTheStyle() {
        CatalogueLoad load = loadOne(GOOD_EXERCISE.replace("      move: Shoulders up, then drop\n", ""));

        assertThat(load.problems()).containsExactly("mine.yaml:11: a movement exercise needs a 'move' cue");
    }

    @Test
    void skipsABadUserFileAndKeepsTheBuiltInsAndGoodFiles(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-good.yaml"), GOOD_EXERCISE);
        Files.writeString(folder.resolve("b-bad.yaml"), "part: posture\nexercises: 12\n");
        Files.writeString(folder.resolve("notes.txt"), "not a catalogue file");

        CatalogueLoad load = loader.load(folder);

        assertThat(load.skippedFiles())
                .containsExactly(folder.resolve("b-bad.yaml").toString());
        assertThat(load.problems()).containsExactly(folder.resolve("b-bad.yaml") + ":2: 'exercises' must be a list");
        assertThat(load.catalogue().findRoutine("my-routine")).isPresent();
        assertThat(load.catalogue().findRoutine("isometric-complex")).isPresent();
    }

    @Test
    void loadsWithoutAUserFolder(@TempDir Path folder) {
        CatalogueLoad load = loader.load(folder.resolve("missing"));

        assertThat(load.problems()).isEmpty();
        assertThat(load.catalogue().routines()).isNotEmpty();
    }
}
