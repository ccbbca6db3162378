package io.nape.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A number no person could do in an own catalogue file leaves that file out and every command working. */
class CatalogueLimitsCliTest {
    @TempDir
    Path home;

    private Path ownFile(String dosageLine) throws IOException {
        Path folder = Files.createDirectories(home.resolve("catalogue"));
        return Files.writeString(
                folder.resolve("mine.yaml"),
                String.join(
                        "\n",
                        "part: posture",
                        "exercises:",
                        "  - id: my-press",
                        "    name: My press",
                        "    style: isometric",
                        "    steps: [Press your palm against your forehead.]",
                        "    dosage:",
                        "      " + dosageLine,
                        "    cues:",
                        "      prepare: Sit tall",
                        "      press: Press",
                        "routines:",
                        "  - id: my-routine",
                        "    name: My routine",
                        "    exercises: [my-press]",
                        ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hold: 3000000000", "repetitions: 2000000000", "repetitions: 100000"})
    void listsTheRoutinesAndNamesTheProblemOnce(String dosageLine) throws IOException {
        Path file = ownFile(dosageLine);

        CliRun run = CliRun.run(home, "routines");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("isometric-complex").doesNotContain("my-routine");
        assertThat(run.err())
                .containsOnlyOnce(
                        file + ":8: '" + dosageLine.substring(0, dosageLine.indexOf(':')) + "' must be at" + " most")
                .containsOnlyOnce("Left out catalogue file " + file)
                .doesNotContain("Exception");
    }

    @Test
    void keepsOtherCommandsWorking() throws IOException {
        ownFile("hold: 3000000000");

        assertThat(CliRun.run(home, "timeline", "desk-a").exitCode()).isZero();
        assertThat(CliRun.run(home, "log", "pain", "3").exitCode()).isZero();
        assertThat(CliRun.run(home, "diary").exitCode()).isZero();
    }
}
