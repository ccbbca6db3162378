package io.nape.store.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keep a damaged data file aside and say what the person can do next: restore the newest backup, or
 * start with an empty data file. The kept-aside file is also the mark that damage was found: while
 * it is there and no data file has taken its place, Nape does not quietly start a new one.
 */
final class DamageAdvice {
    static final String LABEL = "damaged";
    static final String EMPTY = "./nape restore --empty";
    static final String START_EMPTY = "'" + EMPTY + "'";
    /** The command that restores a backup, without the backup; commands are arguments of the texts, as typed. */
    static final String RESTORE = "./nape restore ";

    private DamageAdvice() {}

    /** Damage found by the check at open: move the file aside and advise. */
    static DamagedDatabaseException foundAtOpen(Path file) {
        Path aside;
        try {
            aside = SqliteFiles.keepAside(file, LABEL);
        } catch (IOException failure) {
            String reason = failure.getClass().getSimpleName();
            return new DamagedDatabaseException(
                    "The data file " + file + " is damaged and could not be moved aside (" + reason
                            + "); copy it somewhere safe, then restore a backup with './nape restore <backup file>'.",
                    "storage.damaged.atOpen.notMoved",
                    arguments("file", file, "reason", reason));
        }
        String kept = "The data file " + file + " was damaged, so Nape kept it as " + aside;
        return newestBackup(file)
                .map(backup -> new DamagedDatabaseException(
                        kept + "; restore the newest backup with './nape restore " + backup + "'.",
                        "storage.damaged.atOpen.restore",
                        arguments("file", file, "aside", aside, "restore", RESTORE + backup)))
                .orElseGet(() -> new DamagedDatabaseException(
                        kept + " and found no backup; start with an empty data file with " + START_EMPTY + ".",
                        "storage.damaged.atOpen.startEmpty",
                        arguments("file", file, "aside", aside, "empty", EMPTY)));
    }

    /** Damage met while the database is in use: move the file aside and advise. */
    static DamagedDatabaseException foundWhileOpen(Path file) {
        String found = "The data file " + file + " was found damaged, so Nape stopped saving";
        Path aside;
        try {
            aside = SqliteFiles.keepAside(file, LABEL);
        } catch (IOException failure) {
            return new DamagedDatabaseException(
                    found + "; stop Nape, copy the file somewhere safe, then restore a backup with"
                            + " './nape restore <backup file>'.",
                    "storage.damaged.whileOpen.notMoved",
                    arguments("file", file));
        }
        String kept = found + " and kept it as " + aside + "; stop Nape, then ";
        return newestBackup(file)
                .map(backup -> new DamagedDatabaseException(
                        kept + "restore the newest backup with './nape restore " + backup + "'.",
                        "storage.damaged.whileOpen.restore",
                        arguments("file", file, "aside", aside, "restore", RESTORE + backup)))
                .orElseGet(() -> new DamagedDatabaseException(
                        kept + "start with an empty data file with " + START_EMPTY + ".",
                        "storage.damaged.whileOpen.startEmpty",
                        arguments("file", file, "aside", aside, "empty", EMPTY)));
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
        String withChoices = backup.isPresent() ? "restore" : "startEmpty";
        if (damaged.isPresent()) {
            Map<String, Object> arguments = arguments("file", file, "aside", damaged.get(), "empty", EMPTY);
            backup.ifPresent(newest -> arguments.put("restore", RESTORE + newest));
            return Optional.of(new DamagedDatabaseException(
                    "The data file " + file + " was found damaged and is kept as " + damaged.get()
                            + ", so Nape does not start a new one; " + choices,
                    "storage.damaged.keptAside." + withChoices,
                    arguments));
        }
        return backup.map(newest -> new MissingDatabaseException(
                "The data file " + file + " is " + (empty ? "empty" : "missing")
                        + ", but there are backups of it, so Nape does not start a new one; " + choices,
                empty ? "storage.empty" : "storage.missing",
                arguments("file", file, "restore", RESTORE + newest, "empty", EMPTY)));
    }

    /** The arguments of a text by name and value in turn, paths written out. */
    private static Map<String, Object> arguments(Object... namesAndValues) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return arguments;
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
