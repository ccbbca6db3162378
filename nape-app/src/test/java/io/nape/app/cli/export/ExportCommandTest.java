package io.nape.app.cli.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.cli.CliRun;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path home;

    private Path settings(String json) throws IOException {
        return Files.writeString(home.resolve("settings.json"), json, StandardCharsets.UTF_8);
    }

    private Path berlin() throws IOException {
        return settings("{\"timeZone\": \"Europe/Berlin\", \"relaxationStart\": \"2026-03-20\"}");
    }

    private static Calendar parse(Path file) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    }

    private static List<String> uids(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream()
                .map(event -> event.getUid().orElseThrow().getValue())
                .toList();
    }

    @Test
    void writesTheCalendarAndSaysHowManyEvents() throws Exception {
        Path ics = home.resolve("nape.ics");

        CliRun run = CliRun.run(
                home, "export", "--ics", ics.toString(), "--from", "2026-03-30", "--settings", berlin().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Calendar calendar = parse(ics);
        int events = calendar.getComponents(Component.VEVENT).size();
        assertThat(events).isGreaterThan(5);
        assertThat(run.out()).isEqualTo("Wrote " + events + " events to " + ics + "." + NL);
        assertThat(calendar.getProperty(Property.VERSION).map(Property::getValue))
                .contains("2.0");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
    }

    @Test
    void writesTheSameFileAgainAndLeavesNoTemporaryFileBehind() throws Exception {
        Path ics = home.resolve("nape.ics");
        Path settings = berlin();
        String[] args = {"export", "--ics", ics.toString(), "--from", "2026-03-30", "--settings", settings.toString()};

        assertThat(CliRun.run(home, args).exitCode()).isZero();
        byte[] first = Files.readAllBytes(ics);
        List<String> firstUids = uids(parse(ics));
        assertThat(CliRun.run(home, args).exitCode()).isZero();

        assertThat(Files.readAllBytes(ics)).isEqualTo(first);
        assertThat(uids(parse(ics))).isEqualTo(firstUids);
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void usesYourOwnSettingsWithoutASettingsFile() throws Exception {
        Path ics = home.resolve("mine.ics");

        CliRun run = CliRun.run(home, "export", "--ics", ics.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote ").endsWith(" events to " + ics + "." + NL);
        assertThat(uids(parse(ics))).contains("morning@nape.local", "evening@nape.local");
    }

    @Test
    void rejectsADateThatDoesNotExist() throws IOException {
        Path ics = home.resolve("nape.ics");

        CliRun run = CliRun.run(
                home, "export", "--ics", ics.toString(), "--from", "2026-02-30", "--settings", berlin().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("--from must be a date written YYYY-MM-DD, such as 2026-03-30." + NL);
        assertThat(run.out()).isEmpty();
        assertThat(ics).doesNotExist();
    }

    @Test
    void rejectsAFolderThatDoesNotExist() throws IOException {
        Path folder = home.resolve("missing");
        Path ics = folder.resolve("nape.ics");

        CliRun run = CliRun.run(home, "export", "--ics", ics.toString(), "--settings", berlin().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Cannot write " + ics + ": the folder " + folder
                        + " does not exist; create it or choose another." + NL);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void rejectsAFolderGivenAsTheFile() throws IOException {
        CliRun run = CliRun.run(home, "export", "--ics", home.toString(), "--settings", berlin().toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("--ics " + home + " is a folder; give a file name such as " + home.resolve("nape.ics") + "."
                        + NL);
    }

    @Test
    void rejectsAFileGivenAsTheFolder() throws IOException {
        Path settings = berlin();
        Path ics = settings.resolve("nape.ics");

        CliRun run = CliRun.run(home, "export", "--ics", ics.toString(), "--settings", settings.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("Cannot write " + ics + ": " + settings
                        + " is a file, not a folder; choose another place for the calendar." + NL);
    }

    @Test
    void rejectsBadSettingsInOneLine() throws IOException {
        Path settings = settings("{\"morning\": \"25:00\"}");
        Path ics = home.resolve("nape.ics");

        CliRun run = CliRun.run(home, "export", "--ics", ics.toString(), "--settings", settings.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().contains("\"morning\"");
        assertThat(ics).doesNotExist();
    }

    @Test
    void needsTheFileToWrite() {
        CliRun run = CliRun.run(home, "export");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("Missing required option: '--ics=FILE', '--json=FILE', '--csv=DIR' or '--fhir=FILE'.");
    }
}
