package io.nape.store.persistence;

import io.nape.core.NapeException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Copy the live SQLite database into backup files, and keep the newest {@value #KEEP} of those in
 * the backups folder beside the data file.
 *
 * <p>A copy is made with {@code VACUUM INTO}, which reads one consistent snapshot while other
 * connections (a running server) go on reading and writing through the write-ahead log. The copy is
 * written to a hidden file that only its owner can read, synced, then renamed into place, so a file
 * with a backup's name is always whole. Dated backups are named {@code nape-yyyyMMdd-HHmmss.db};
 * only those are ever removed, never a file written to a name the person chose.
 */
public final class SqliteBackups {
    public static final int KEEP = 7;
    public static final String FOLDER = "backups";

    private static final Pattern DATED = Pattern.compile("nape-\\d{8}-\\d{6}(-\\d+)?\\.db");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT);

    private final Path folder;

    public SqliteBackups(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The backups folder beside a data file: {@code <data>/backups}. */
    public static SqliteBackups beside(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return new SqliteBackups(parent == null ? Path.of(FOLDER) : parent.resolve(FOLDER));
    }

    public Path folder() {
        return folder;
    }

    /** Write a dated backup for this moment, then remove all but the newest {@value #KEEP} dated ones. */
    public Path writeDated(Database database, Instant now, ZoneId zone) {
        createFolder();
        String stamp = STAMP.format(now.atZone(zone));
        Path target = folder.resolve("nape-" + stamp + ".db");
        for (int attempt = 2; Files.exists(target); attempt++) {
            target = folder.resolve("nape-" + stamp + "-" + attempt + ".db");
        }
        write(database, target);
        prune();
        return target;
    }

    /** The dated backups, oldest first. */
    public List<Path> dated() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(
                            file -> DATED.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(SqliteBackups::sortKey))
                    .toList();
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    public Optional<Path> newest() {
        List<Path> all = dated();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Write a consistent copy of the database to a new file, readable by its owner only. An existing
     * file is never replaced.
     */
    public static void write(Database database, Path target) {
        if (database.dialect() != SqlDialect.SQLITE) {
            throw new NapeException("backup of a " + database.dialect() + " database")
                    .withText("data.backupSqliteOnly");
        }
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw backupExists(absolute);
        }
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new NapeException("no folder for the backup " + absolute)
                    .withText("data.backupNoFolder", "file", absolute.toString());
        }
        Path temporary = null;
        try {
            temporary = ownerOnlyTemporary(parent, absolute.getFileName().toString());
            Path into = temporary;
            database.jdbi().useHandle(handle -> handle.createUpdate("VACUUM INTO :file")
                    .bind("file", into.toString())
                    .execute());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(temporary, absolute);
            temporary = null;
        } catch (StorageFullException full) {
            throw diskFull(absolute, full);
        } catch (IOException failure) {
            if (StorageFaults.isFull(failure, parent)) {
                throw diskFull(absolute, failure);
            }
            throw new NapeException("cannot write the backup " + absolute, failure)
                    .withText(
                            "data.cannotWriteBackup",
                            "file",
                            absolute.toString(),
                            "failure",
                            failure.getClass().getSimpleName());
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static NapeException backupExists(Path file) {
        return new NapeException("the backup file " + file + " already exists")
                .withText("data.backupExists", "file", file.toString());
    }

    private static NapeException diskFull(Path file, Exception cause) {
        return new NapeException("cannot write the backup " + file + ": the disk is full", cause)
                .withText("data.backupDiskFull", "file", file.toString());
    }

    private static Path ownerOnlyTemporary(Path folder, String name) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(
                    folder,
                    "." + name + ".",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(folder, "." + name + ".", ".tmp");
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            // A hard link fails if the target exists, so a backup that appeared meanwhile is kept.
            Files.createLink(target, temporary);
            Files.delete(temporary);
        } catch (FileAlreadyExistsException taken) {
            throw backupExists(target);
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (Files.exists(target)) {
                throw noLinks instanceof IOException io ? io : new IOException(noLinks);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisDisk) {
                Files.move(temporary, target);
            }
        }
    }

    private void createFolder() {
        try {
            if (!Files.isDirectory(folder)) {
                if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(
                            folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
        } catch (IOException failure) {
            throw new NapeException("cannot create the backups folder " + folder, failure)
                    .withText(
                            "data.cannotCreateBackups",
                            "folder",
                            folder.toString(),
                            "failure",
                            failure.getClass().getSimpleName());
        }
    }

    private void prune() {
        List<Path> all = dated();
        for (Path old : all.subList(0, Math.max(0, all.size() - KEEP))) {
            deleteQuietly(old);
        }
    }

    /** Order by the time in the name, then by the attempt number that follows it. */
    private static String sortKey(Path file) {
        String name = file.getFileName().toString();
        String stamp = name.substring("nape-".length(), "nape-".length() + 15);
        String rest = name.substring("nape-".length() + 15, name.length() - ".db".length());
        int attempt = rest.isEmpty() ? 1 : Integer.parseInt(rest.substring(1));
        return stamp + String.format(Locale.ROOT, "%06d", attempt);
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftBehind) {
            // A stray file is harmless; the outcome of the backup matters more.
        }
    }
}
