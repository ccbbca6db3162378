package io.nape.app.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A year of data goes out to JSON and back in without losing or changing a byte. */
class ExportImportRoundTripTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    static Path shared;

    static Path source;
    static Path export;

    @BeforeAll
    static void exportAYear() throws Exception {
        source = Files.createDirectories(shared.resolve("source"));
        AYearOfData.write(source, 20260330);
        export = shared.resolve("export.json");
        long start = System.nanoTime();
        CliRun run = CliRun.run(source, "export", "--json", export.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(run.exitCode()).as(run.err()).isZero();
        System.out.printf(
                "export of a year: %d bytes in %d ms (%s)%n",
                Files.size(export), millis, run.out().trim());
    }

    private static Path emptyHome(String name) throws Exception {
        return Files.createDirectories(shared.resolve(name));
    }

    @Test
    void exportsAYearAndImportsItIntoAnEmptyFolderByteForByte() throws Exception {
        Path target = emptyHome("target");
        Path again = shared.resolve("again.json");

        long start = System.nanoTime();
        CliRun imported = CliRun.run(target, "import", export.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        CliRun exported = CliRun.run(target, "export", "--json", again.toString());

        System.out.printf(
                "import of a year: %d ms (%s)%n", millis, imported.out().trim());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(export));
        JsonNode root = JsonMapper.builder().build().readTree(Files.readAllBytes(export));
        assertThat(root.get("formatVersion").asInt()).isEqualTo(3);
        assertThat(root.get("painEntries").size()).isBetween(1_800, 2_200);
        assertThat(root.get("sessionLogs").size()).isBetween(2_800, 3_400);
        assertThat(root.get("reminders").size()).isBetween(5_600, 6_800);
        assertThat(root.get("screenings").size()).isEqualTo(12);
        int records = root.get("painEntries").size()
                + root.get("sessionLogs").size()
                + root.get("reminders").size()
                + root.get("screenings").size();
        assertThat(imported.out())
                .isEqualTo("Imported " + records + " records and 1 catalogue file from " + export + "." + NL);
        assertThat(target.resolve("catalogue/my-routines.yaml"))
                .hasSameTextualContentAs(source.resolve("catalogue/my-routines.yaml"));
    }

    @Test
    void writesTheExportReadableByTheOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(export)))
                .isEqualTo("rw-------");
    }

    @Test
    void leavesTheTargetUntouchedWhenARecordDeepInsideIsWrong() throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readAllBytes(export));
        ObjectNode deep = (ObjectNode) root.get("painEntries").get(1500);
        deep.put("pain", 11);
        deep.put("note", "a secret note");
        Path bad = shared.resolve("bad.json");
        Files.writeString(bad, mapper.writeValueAsString(root), StandardCharsets.UTF_8);
        Path target = emptyHome("untouched");

        CliRun run = CliRun.run(target, "import", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Cannot import " + bad + ": painEntries[1500].pain must be a whole number from 0 to 10;"
                        + " nothing was imported." + NL);
        assertThat(run.err()).doesNotContain("secret");
        assertThat(run.out()).isEmpty();
        assertThat(target.resolve("catalogue")).doesNotExist();
        CliRun after = CliRun.run(
                target, "export", "--json", target.resolve("after.json").toString());
        assertThat(after.out()).startsWith("Wrote 0 records and 0 catalogue files to ");
    }

    @Test
    void namesEveryKindOfWrongFieldWithoutItsValue() throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) mapper.readTree(Files.readAllBytes(export));
        ((ObjectNode) root.get("sessionLogs").get(2999)).put("outcome", "exploded");
        ((ObjectNode) root.get("reminders").get(10)).remove("at");
        ((ObjectNode) root.get("screenings").get(3).get("report")).put("painLevel", -1);
        Path bad = shared.resolve("many-problems.json");
        Files.writeString(bad, mapper.writeValueAsString(root), StandardCharsets.UTF_8);

        CliRun run = CliRun.run(emptyHome("many"), "import", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Cannot import " + bad + ": screenings[3].report.painLevel must be a whole number from 0 to"
                        + " 10, or null (and 2 more problems); nothing was imported." + NL);
    }

    @Test
    void refusesToImportIntoAFolderThatHoldsData() throws Exception {
        Path target = emptyHome("busy");
        assertThat(CliRun.run(target, "pause", "30m").exitCode()).isZero();

        CliRun run = CliRun.run(target, "import", export.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("The data folder " + target + " already holds data, so nothing was imported; import into"
                        + " an empty data folder, or add --merge to add the file's records to it." + NL);
    }

    @Test
    void mergesIntoAFolderThatHoldsDataAndAddsNothingTwice() throws Exception {
        CliRun run = CliRun.run(source, "import", "--merge", export.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Imported 0 records and 0 catalogue files from " + export + "." + NL);
    }
}
