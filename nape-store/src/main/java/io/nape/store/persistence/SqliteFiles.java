package io.nape.store.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Check a SQLite file and move it aside with its companions. A damaged file is never deleted or
 * overwritten: it is renamed, with its write-ahead log and shared-memory files, to a name that says
 * why and when, so that nothing in it is lost.
 */
public final class SqliteFiles {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss", Locale.ROOT);
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");
    /** SQLite's primary result codes for a damaged file and for a file that is not a database. */
    private static final int SQLITE_CORRUPT = 11;

    private static final int SQLITE_NOTADB = 26;

    private SqliteFiles() {}

    /**
     * Whether the file exists, is not empty (SQLite would take an empty file for an empty database),
     * is a SQLite database, and passes {@code PRAGMA quick_check}.
     */
    public static boolean isSound(Path file) {
        if (!hasContent(file)) {
            return false;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return passesQuickCheck(connection);
        } catch (SQLException unreadable) {
            return false;
        }
    }

    /** Whether the file exists and holds at least one byte. */
    public static boolean hasContent(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * Run {@code PRAGMA quick_check} on an open connection: true when it says {@code ok}, false when
     * it reports damage or SQLite calls the file corrupt or not a database. Other failures, such as a
     * locked file, are not damage and are thrown.
     */
    static boolean passesQuickCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet results = statement.executeQuery("PRAGMA quick_check")) {
            return results.next() && "ok".equals(results.getString(1)) && !results.next();
        } catch (SQLException failure) {
            if (isDamage(failure)) {
                return false;
            }
            throw failure;
        }
    }

    static boolean isDamage(SQLException failure) {
        int primary = failure.getErrorCode() & 0xff;
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    }

    /**
     * Rename the file and its companions to {@code FILE.LABEL-yyyyMMdd-HHmmss} (plus {@code -wal} and
     * so on), never replacing an existing file; return the new name of the main file.
     */
    public static Path keepAside(Path file, String label) throws IOException {
        String base = file.getFileName() + "." + label + "-" + STAMP.format(LocalDateTime.now());
        Path aside = file.resolveSibling(base);
        for (int attempt = 2; Files.exists(aside) || companionsExist(aside); attempt++) {
            aside = file.resolveSibling(base + "-" + attempt);
        }
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        for (String suffix : COMPANIONS) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(
                        companion, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return aside;
    }

    private static boolean companionsExist(Path aside) {
        return COMPANIONS.stream().anyMatch(suffix -> Files.exists(aside.resolveSibling(aside.getFileName() + suffix)));
    }
}
