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
import io.nape.app.usecase.dates.DateLimits;
import io.nape.app.usecase.settings.SettingsFile;
import io.nape.core.NapeException;
import io.nape.core.plan.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

/** Write the plan as an iCalendar file, or everything the person owns as JSON or CSV files. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Runnable {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    NapeCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
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
        long given =
                Stream.of(icsFile, jsonFile, csvFolder).filter(Objects::nonNull).count();
        if (given == 0) {
            throw new UsageException("Missing required option: '--ics=FILE', '--json=FILE' or '--csv=DIR'.");
        }
        if (given > 1) {
            throw new UsageException("Give only one of --ics, --json and --csv.");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (jsonFile != null) {
            Path target = jsonFile;
            List<CatalogueText> catalogueFiles =
                    PersonalData.catalogueFiles(parent.wiring().config().catalogueFolder());
            DataFile.Written written = PersonalData.export(parent.wiring(), rows -> {
                DataFile.Written[] counted = new DataFile.Written[1];
                OwnerOnlyFiles.write(
                        target, "--json", stream -> counted[0] = DataFile.write(rows, catalogueFiles, stream));
                return Objects.requireNonNull(counted[0]);
            });
            int files = written.catalogueFiles();
            out.println("Wrote " + written.records() + " records and " + files
                    + (files == 1 ? " catalogue file" : " catalogue files") + " to " + jsonFile + ".");
        } else if (csvFolder != null) {
            Path folder = csvFolder;
            List<String> tables = PersonalData.export(parent.wiring(), rows -> CsvTables.write(rows, folder));
            out.println("Wrote " + tables.size() + " tables to " + csvFolder + ".");
        } else {
            writeCalendar(Objects.requireNonNull(icsFile), out);
        }
        out.flush();
    }

    private void writeCalendar(Path icsFile, PrintWriter out) {
        Settings settings = settingsFile == null
                ? parent.wiring().settings()
                : SettingsFile.read(settingsFile, ZoneId.systemDefault());
        LocalDate today = LocalDate.now(settings.timeZone());
        LocalDate first = from == null ? today : DateLimits.parse("--from", from);
        @Nullable LocalDate last = to == null ? null : DateLimits.parse("--to", to);
        if (last == null) {
            DateLimits.checkFirst(today, first, "--from");
        } else {
            DateLimits.checkRange(today, first, last, "--from", "--to");
        }
        CalendarExport export = new PlanCalendar(parent.wiring().routineLengths()).build(settings, first, last);
        PrintWriter err = spec.commandLine().getErr();
        export.notes().forEach(note -> err.println("Note: " + note));
        err.flush();
        write(icsFile, export.bytes());
        out.println("Wrote " + export.eventCount() + " events to " + icsFile + ".");
    }

    /** Write the whole file or nothing: into a temporary file beside it, then moved over it. */
    private static void write(Path file, byte[] content) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || Files.isDirectory(target)) {
            throw new NapeException(
                    "--ics " + file + " is a folder; give a file name such as " + file.resolve("nape.ics") + ".");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new NapeException("Cannot write " + file + ": " + folder + " is a file, not a folder; choose another"
                    + " place for the calendar.");
        }
        if (!Files.isDirectory(folder)) {
            throw new NapeException("Cannot write " + file + ": the folder " + folder
                    + " does not exist; create it or choose another.");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            Files.write(temporary, content);
            move(temporary, target);
        } catch (IOException failure) {
            throw new NapeException(
                    "Cannot write " + file + " (" + reason(failure) + "); choose a file in a folder you can write to.");
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

    private static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return failure.getClass().getSimpleName();
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
