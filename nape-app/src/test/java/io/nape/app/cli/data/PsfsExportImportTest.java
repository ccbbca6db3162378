package io.nape.app.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PSFS answers travel in the data file and the CSV tables like the other records. */
class PsfsExportImportTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path home;

    @TempDir
    Path other;

    @TempDir
    Path files;

    @Test
    void aStoreHoldingOnlyPsfsAnswersIsNotEmptyForImport() {
        Path export = files.resolve("x.json");
        CliRun.run(other, "log", "pain", "3");
        CliRun.run(other, "export", "--json", export.toString());
        assertThat(CliRun.run(home, "measure", "--rate", "Driving=4").exitCode())
                .isZero();

        CliRun refused = CliRun.run(home, "import", export.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("The data folder " + home + " already holds data");
    }

    @Test
    void carriesTheAnswersIntoAnEmptyFolderAndMergesThemOnce() throws Exception {
        Path export = files.resolve("x.json");
        CliRun.run(other, "measure", "--rate", "Driving=4", "--rate", "Reading=6");
        CliRun.run(other, "measure", "--rate", "Driving=7", "--rate", "Reading=6");

        CliRun exported = CliRun.run(other, "export", "--json", export.toString());
        CliRun imported = CliRun.run(home, "import", export.toString());
        CliRun merged = CliRun.run(home, "import", "--merge", export.toString());

        assertThat(exported.out()).startsWith("Wrote 2 records and 0 catalogue files");
        assertThat(Files.readString(export, StandardCharsets.UTF_8)).contains("\"psfsAnswers\" : [ {");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(CliRun.run(home, "measure", "--history").out())
                .startsWith("2 answers, newest first:" + NL)
                .contains("  Driving: 7 of 10");
    }

    @Test
    void writesTheRatingsAsACsvTable() throws Exception {
        Path csv = files.resolve("csv");
        CliRun.run(home, "measure", "--rate", "=Driving, at night=4");

        CliRun written = CliRun.run(home, "export", "--csv", csv.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readAllLines(csv.resolve("psfs-ratings.csv"), StandardCharsets.UTF_8))
                .hasSize(2)
                .first()
                .isEqualTo("answeredAt,position,activity,score");
        assertThat(Files.readAllLines(csv.resolve("psfs-ratings.csv"), StandardCharsets.UTF_8)
                        .get(1))
                .endsWith(",1,\"'=Driving, at night\",4");
    }
}
