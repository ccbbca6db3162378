package io.nape.store.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keep a damaged data file aside and say what the person can do next: restore the newest backup, or
 * start with an empty data file. The kept-aside file is also the mark that damage was found: while
 * it is there and no data file has taken its place, Nape does not quietly start a new one.
 */
final class DamageAdvice {
    static final String LABEL = "damaged";
    static final String START_EMPTY = "'./nape restore --empty'";

    private DamageAdvice() {}

    /** Damage found by the check at open: move the file aside and advise. */
    static DamagedDatabaseException foundAtOpen(Path file) {
        Path aside;
        try {
            aside = SqliteFiles.keepAside(file, LABEL);
        } catch (IOException failure) {
            return new DamagedDatabaseException("The data file " + file + " is damaged and could not be moved aside ("
                    + failure.getClass().getSimpleName() + "); copy it somewhere safe, then restore a backup with"
                    + " './nape restore <backup file>'.");
        }
        String kept = "The data file " + file + " was damaged, so Nape kept it as " + aside;
        return new DamagedDatabaseException(newestBackup(file)
                .map(backup -> kept + "; restore the newest backup with './nape restore " + backup + "'.")
                .orElse(kept + " and found no backup; start with an empty data file with " + START_EMPTY + "."));
    }

    /** Damage met while the database is in use: move the file aside and return the advice. */
    static String foundWhileOpen(Path file) {
        String found = "The data file " + file + " was found damaged, so Nape stopped saving";
        Path aside;
        try {
            aside = SqliteFiles.keepAside(file, LABEL);
        } catch (IOException failure) {
            return found + "; stop Nape, copy the file somewhere safe, then restore a backup with"
                    + " './nape restore <backup file>'.";
        }
        String kept = found + " and kept it as " + aside + "; stop Nape, then ";
        return newestBackup(file)
                .map(backup -> kept + "restore the newest backup with './nape restore " + backup + "'.")
                .orElse(kept + "start with an empty data file with " + START_EMPTY + ".");
    }

    /**
     * Where the data file is missing or empty: the refusal to start a new one in its place when a
     * damaged file was kept aside or backups exist; empty for a person who has neither.
     */
    static Optional<StorageException> refusalToStartOver(Path file, boolean empty) {
        Optional<Path> backup = newestBackup(file);
        Optional<Path> damaged = newestKeptAside(file);
        String choices = backup.map(newest -> "restore the newest backup with './nape restore " + newest
                        + "', or start with an empty data file with " + START_EMPTY + ".")
                .orElse("start with an empty data file with " + START_EMPTY + ".");
        if (damaged.isPresent()) {
            return Optional.of(
                    new DamagedDatabaseException("The data file " + file + " was found damaged and is kept as "
                            + damaged.get() + ", so Nape does not start a new one; " + choices));
        }
        return backup.map(newest -> new MissingDatabaseException("The data file " + file + " is "
                + (empty ? "empty" : "missing") + ", but there are backups of it, so Nape does not start a new one; "
                + choices));
    }

    private static Optional<Path> newestBackup(Path file) {
        return SqliteBackups.beside(file).newest();
    }

    private static Optional<Path> newestKeptAside(Path file) {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        String prefix = file.getFileName() + "." + LABEL + "-";
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(candidate -> {
                        String name = candidate.getFileName().toString();
                        return name.startsWith(prefix)
                                && !name.endsWith("-wal")
                                && !name.endsWith("-shm")
                                && !name.endsWith("-journal");
                    })
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
