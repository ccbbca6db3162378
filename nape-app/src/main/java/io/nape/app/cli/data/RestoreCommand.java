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
import java.nio.file.NoSuchFileException;
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
    NapeCommand parent;

    @Spec
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
            throw empty
                    ? new UsageException("both a backup and --empty").withText("data.restoreEither")
                    : new UsageException("neither a backup nor --empty").withText("data.restoreWhat");
        }
        Path data = Backups.sqliteFile(parent.wiring().config())
                .orElseThrow(
                        () -> new NapeException("restore of a PostgreSQL database").withText("data.restoreSqliteOnly"));
        if (chosen == null) {
            startEmpty(data);
            return;
        }
        Path source = chosen.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new NapeException("no backup file " + source)
                    .withText(
                            "data.noBackup",
                            "file",
                            source.toString(),
                            "folder",
                            data.resolveSibling("backups").toString());
        }
        if (!SqliteFiles.isSound(source)) {
            throw new NapeException(source + " is not a sound Nape database")
                    .withText("data.unsoundBackup", "file", source.toString());
        }
        @Nullable Path kept = moveCurrentAside(data);
        copyInPlace(source, data);
        parent.wiring().database();
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                kept == null
                        ? parent.texts().get("data.restored", "backup", source.toString(), "file", data.toString())
                        : parent.texts()
                                .get(
                                        "data.restoredKeeping",
                                        "backup",
                                        source.toString(),
                                        "file",
                                        data.toString(),
                                        "kept",
                                        kept.toString()));
        out.flush();
    }

    private void startEmpty(Path data) {
        @Nullable Path kept = moveCurrentAside(data);
        SqliteNativeLibrary.useCacheIn(parent.wiring().config().cacheFolder());
        Database.startEmptySqlite(data).close();
        PrintWriter out = spec.commandLine().getOut();
        String backups = SqliteBackups.beside(data).folder().toString();
        out.println(
                kept == null
                        ? parent.texts().get("data.startedEmpty", "file", data.toString(), "backups", backups)
                        : parent.texts()
                                .get(
                                        "data.startedEmptyKeeping",
                                        "file",
                                        data.toString(),
                                        "kept",
                                        kept.toString(),
                                        "backups",
                                        backups));
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
            throw new NapeException("the data file " + data + " is sound and --force was not given")
                    .withText(empty ? "data.soundNotEmptied" : "data.soundNotReplaced", "file", data.toString());
        }
        return keepAside(data, sound ? "replaced" : "damaged");
    }

    private static Path keepAside(Path data, String label) {
        try {
            return SqliteFiles.keepAside(data, label);
        } catch (IOException failure) {
            throw new NapeException("cannot move the data file " + data + " aside", failure)
                    .withText(
                            "data.cannotMoveAside",
                            "file",
                            data.toString(),
                            "failure",
                            failure.getClass().getSimpleName());
        }
    }

    private static void copyInPlace(Path source, Path data) {
        Path folder = data.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            if (folder == null) {
                throw new NoSuchFileException(data.toString(), null, "no folder above it to restore into");
            }
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
            throw new NapeException("cannot copy the backup to " + data, failure)
                    .withText(
                            "data.cannotCopyBackup",
                            "file",
                            data.toString(),
                            "failure",
                            failure.getClass().getSimpleName());
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
