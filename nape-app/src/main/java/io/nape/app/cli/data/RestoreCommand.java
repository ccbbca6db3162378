package io.nape.app.cli.data;

import io.nape.app.cli.NapeCommand;
import io.nape.app.cli.UsageException;
import io.nape.app.data.Backups;
import io.nape.core.NapeException;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.SqliteBackups;
import io.nape.store.persistence.SqliteFiles;
import io.nape.store.persistence.SqliteNativeLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Put a backup, or an empty data file, in place of a missing or damaged data file. */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Runnable {
    @ParentCommand
    @SuppressWarnings("NullAway.Init")
    NapeCommand parent;

    @Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", descriptionKey = "file")
    @Nullable
    Path backup;

    @Option(names = "--empty")
    boolean empty;

    @Option(names = "--force")
    boolean force;

    @Override
    public void run() {
        @Nullable Path chosen = backup;
        if (empty == (chosen != null)) {
            throw new UsageException(
                    empty
                            ? "Give either a backup FILE or --empty, not both."
                            : "Name the backup FILE to restore, or add --empty to start with an empty data file.");
        }
        Path data = Backups.sqliteFile(parent.wiring().config())
                .orElseThrow(() -> new NapeException("Nape restores only its own SQLite data file; restore a"
                        + " PostgreSQL database with pg_restore or psql."));
        if (chosen == null) {
            startEmpty(data);
            return;
        }
        Path source = chosen.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new NapeException("The backup file " + source + " does not exist; the dated backups are in "
                    + data.resolveSibling("backups") + ".");
        }
        if (!SqliteFiles.isSound(source)) {
            throw new NapeException("The file " + source
                    + " is not a sound Nape database, so nothing was restored; choose another" + " backup.");
        }
        @Nullable Path kept = moveCurrentAside(data);
        copyInPlace(source, data);
        parent.wiring().database();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Restored " + source + " as the data file " + data
                + (kept == null ? "." : "; the previous data file is kept as " + kept + "."));
        out.flush();
    }

    private void startEmpty(Path data) {
        @Nullable Path kept = moveCurrentAside(data);
        SqliteNativeLibrary.useCacheIn(parent.wiring().config().cacheFolder());
        Database.startEmptySqlite(data).close();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Started an empty data file " + data
                + (kept == null ? "" : "; the previous data file is kept as " + kept)
                + "; the backups stay in " + SqliteBackups.beside(data).folder() + ".");
        out.flush();
    }

    private @Nullable Path moveCurrentAside(Path data) {
        if (!Files.exists(data)) {
            return null;
        }
        if (!SqliteFiles.hasContent(data)) {
            return keepAside(data, "empty");
        }
        boolean sound = SqliteFiles.isSound(data);
        if (sound && !force) {
            throw new NapeException("The data file " + data + " is sound, so nothing was restored; add --force to"
                    + " replace it with " + (empty ? "an empty one" : "the backup") + " (the current file is then kept"
                    + " beside it).");
        }
        return keepAside(data, sound ? "replaced" : "damaged");
    }

    private static Path keepAside(Path data, String label) {
        try {
            return SqliteFiles.keepAside(data, label);
        } catch (IOException failure) {
            throw new NapeException("Cannot move the data file " + data + " aside ("
                    + failure.getClass().getSimpleName()
                    + "), so nothing was restored; check the folder's permissions.");
        }
    }

    private static void copyInPlace(Path source, Path data) {
        Path folder = data.getParent();
        Path temporary = null;
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(
                        folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            temporary = Files.createTempFile(
                    folder,
                    "." + data.getFileName() + ".",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (InputStream in = Files.newInputStream(source);
                    OutputStream copy = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(copy);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, data, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException failure) {
            throw new NapeException("Cannot copy the backup to " + data + " ("
                    + failure.getClass().getSimpleName() + "); check that the data folder is writable.");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException leftBehind) {
                    // A stray temporary file is harmless; the message about the real failure matters more.
                }
            }
        }
    }
}
