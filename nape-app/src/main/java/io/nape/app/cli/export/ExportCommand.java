package io.nape.app.cli.export;

import io.nape.app.calendar.CalendarExport;
import io.nape.app.calendar.PlanCalendar;
import io.nape.app.cli.NapeCommand;
import io.nape.app.cli.UsageException;
import io.nape.app.data.CatalogueText;
import io.nape.app.data.CsvTables;
import io.nape.app.data.DataFile;
import io.nape.app.data.OwnerOnlyFiles;
import io.nape.app.data.PersonalData;
import io.nape.app.text.Texts;
import io.nape.app.usecase.dates.DateLimits;
import io.nape.app.usecase.fhir.FhirExport;
import io.nape.app.usecase.plan.PlanNoteText;
import io.nape.app.usecase.settings.SettingsFile;
import io.nape.core.NapeException;
import io.nape.core.plan.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Write the plan as an iCalendar file, everything the person owns as JSON or CSV files, or their
 * record as a FHIR R4 Bundle for their doctor.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Runnable {
    @ParentCommand
    NapeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--ics", paramLabel = "FILE")
    @Nullable
    Path icsFile;

    @Option(names = "--json", paramLabel = "FILE")
    @Nullable
    Path jsonFile;

    @Option(names = "--csv", paramLabel = "DIR")
    @Nullable
    Path csvFolder;

    @Option(names = "--fhir", paramLabel = "FILE")
    @Nullable
    Path fhirFile;

    @Option(names = "--settings", paramLabel = "FILE")
    @Nullable
    Path settingsFile;

    @Option(names = "--from", paramLabel = "DATE")
    @Nullable
    String from;

    @Option(names = "--to", paramLabel = "DATE")
    @Nullable
    String to;

    @Override
    public void run() {
        long given = Stream.of(icsFile, jsonFile, csvFolder, fhirFile)
                .filter(Objects::nonNull)
                .count();
        if (given == 0) {
            throw new UsageException("one of --ics, --json, --csv and --fhir is needed").withText("data.exportWhat");
        }
        if (given > 1) {
            throw new UsageException("more than one of --ics, --json, --csv and --fhir").withText("data.exportOnlyOne");
        }
        PrintWriter out = spec.commandLine().getOut();
        Texts texts = parent.texts();
        if (jsonFile != null) {
            Path target = jsonFile;
            List<CatalogueText> catalogueFiles =
                    PersonalData.catalogueFiles(parent.wiring().config().catalogueFolder(), texts);
            DataFile.Written written = PersonalData.export(parent.wiring(), rows -> {
                DataFile.Written[] counted = new DataFile.Written[1];
                OwnerOnlyFiles.write(
                        target, "--json", stream -> counted[0] = DataFile.write(rows, catalogueFiles, stream), texts);
                return Objects.requireNonNull(counted[0]);
            });
            out.println(texts.get(
                    "data.exported",
                    "records",
                    written.records(),
                    "files",
                    written.catalogueFiles(),
                    "file",
                    jsonFile.toString()));
        } else if (fhirFile != null) {
            writeFhir(fhirFile, out, texts);
        } else if (csvFolder != null) {
            Path folder = csvFolder;
            List<String> tables = PersonalData.export(parent.wiring(), rows -> CsvTables.write(rows, folder, texts));
            out.println(texts.get("data.exportedTables", "tables", tables.size(), "folder", csvFolder.toString()));
        } else {
            writeCalendar(Objects.requireNonNull(icsFile), out, texts);
        }
        out.flush();
    }

    private void writeFhir(Path fhirFile, PrintWriter out, Texts texts) {
        FhirExport export = new FhirExport(parent.wiring());
        FhirExport.Written[] written = new FhirExport.Written[1];
        OwnerOnlyFiles.write(
                fhirFile,
                "--fhir",
                stream -> written[0] = export.write(parent.wiring().person(), texts, stream),
                texts);
        out.println(texts.get(
                "fhir.exported",
                "resources",
                Objects.requireNonNull(written[0]).resources(),
                "file",
                fhirFile.toString()));
    }

    private void writeCalendar(Path icsFile, PrintWriter out, Texts texts) {
        Settings settings = settingsFile == null
                ? parent.wiring().settings()
                : SettingsFile.read(settingsFile, ZoneId.systemDefault());
        LocalDate today = LocalDate.now(parent.wiring().clock().withZone(settings.timeZone()));
        LocalDate first = from == null ? today : DateLimits.parse("--from", from);
        @Nullable LocalDate last = to == null ? null : DateLimits.parse("--to", to);
        if (last == null) {
            DateLimits.checkFirst(today, first, "--from");
        } else {
            DateLimits.checkRange(today, first, last, "--from", "--to");
        }
        CalendarExport export = new PlanCalendar(parent.wiring().routineLengths(), texts).build(settings, first, last);
        PrintWriter err = spec.commandLine().getErr();
        export.notes()
                .forEach(note -> err.println(texts.get("data.calendarNote", "note", PlanNoteText.of(note, texts))));
        err.flush();
        write(icsFile, export.bytes(), texts);
        out.println(texts.get("data.exportedEvents", "events", export.eventCount(), "file", icsFile.toString()));
    }

    /** Write the whole file or nothing: into a temporary file beside it, then moved over it. */
    private static void write(Path file, byte[] content, Texts texts) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || Files.isDirectory(target)) {
            throw new NapeException("--ics " + file + " is a folder")
                    .withText(
                            "data.fileIsFolder",
                            "what",
                            "--ics",
                            "file",
                            file.toString(),
                            "example",
                            file.resolve("nape.ics").toString());
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new NapeException("cannot write " + file + ": " + folder + " is a file")
                    .withText("data.calendarFolderIsFile", "file", file.toString(), "folder", folder.toString());
        }
        if (!Files.isDirectory(folder)) {
            throw new NapeException("cannot write " + file + ": no folder " + folder)
                    .withText("data.noFolder", "file", file.toString(), "folder", folder.toString());
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            Files.write(temporary, content);
            move(temporary, target);
        } catch (IOException failure) {
            throw new NapeException("cannot write " + file, failure)
                    .withText(
                            "data.cannotWrite",
                            "file",
                            file.toString(),
                            "reason",
                            OwnerOnlyFiles.reason(failure, texts));
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notOnThisDisk) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(@Nullable Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException leftBehind) {
            // A stray temporary file is harmless; the message about the real failure matters more.
        }
    }
}
