package io.nape.store.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Open the one database Nape writes to and bring its schema up to date.
 *
 * <p>SQLite runs in WAL mode with {@code synchronous=FULL}: a transaction is on disk when its
 * commit returns, and a crash at any moment leaves the last committed state. The file, its WAL
 * and shared-memory files are readable by their owner only; one connection stays open until the
 * database is closed. PostgreSQL is reached through a small
 * connection pool. Both run the same SQL through Jdbi; only the migrations differ per dialect.
 * SQL errors never carry bound values, which may be health data.
 *
 * <p>On SQLite a full disk and a damaged file are named for what they are ({@link StorageException}).
 * Damage met while the database is open moves the file aside and stops every later use, so nothing
 * is written after it; a missing or empty file next to backups or a damaged file kept aside is not
 * replaced by a new one unless the person asks ({@link #startEmptySqlite}).
 */
public final class Database implements AutoCloseable {
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Jdbi jdbi;
    private final SqlDialect dialect;
    private final @Nullable HikariDataSource pool;
    private final @Nullable Connection held;
    private final @Nullable StorageFaults faults;

    private Database(
            DataSource dataSource,
            SqlDialect dialect,
            @Nullable HikariDataSource pool,
            @Nullable Connection held,
            @Nullable StorageFaults faults) {
        this.dialect = dialect;
        this.pool = pool;
        this.held = held;
        this.faults = faults;
        this.jdbi = Jdbi.create(dataSource);
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        if (faults != null) {
            jdbi.setHandleCallbackDecorator(new NamingFaults(faults));
        }
    }

    /** Name a full disk or damage met inside any use of the database, and note the uses that work. */
    private static final class NamingFaults implements HandleCallbackDecorator {
        private final StorageFaults faults;

        NamingFaults(StorageFaults faults) {
            this.faults = faults;
        }

        @Override
        public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
            return handle -> {
                R result;
                try {
                    result = callback.withHandle(handle);
                } catch (RuntimeException failure) {
                    StorageException named = faults.name(failure);
                    throw named != null ? named : failure;
                }
                faults.succeeded();
                return result;
            };
        }
    }

    /**
     * Do the start-up work of the drivers that needs no database, so that it can run on another
     * thread before the first open: Jdbi asks the JDK's flight recorder, on its first statement,
     * whether it is available (tens of milliseconds), the SQLite driver builds its date formats, and
     * Jdbi sets up its configuration.
     * Anything that fails here is left for the first open to meet.
     */
    public static void prepare() {
        try {
            Class.forName("org.jdbi.v3.core.statement.internal.JfrSupport", true, Database.class.getClassLoader());
            new SQLiteConfig();
            // Jdbi's configuration classes load and start with a first Jdbi; this one never connects.
            Jdbi.create(() -> {
                throw new SQLException("never opened");
            });
        } catch (ClassNotFoundException | RuntimeException | LinkageError notThere) {
            // nothing prepared; the first open does it
        }
    }

    /** Open a database by JDBC URL: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql:…}. */
    public static Database open(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return openSqlite(Path.of(url.substring("jdbc:sqlite:".length())));
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return openPostgresql(url);
        }
        throw new IllegalArgumentException("unsupported database URL scheme");
    }

    /**
     * Open (creating if needed) the SQLite file, readable by its owner only. An existing file is
     * checked first ({@code PRAGMA quick_check}); a damaged one is moved aside, never deleted, and
     * a {@link DamagedDatabaseException} names it and the newest backup. A missing or empty file is
     * started anew only for a person with no backups and no damaged file kept aside; otherwise the
     * exception says how to restore or start empty.
     */
    public static Database openSqlite(Path file) {
        return openSqlite(file, false);
    }

    /**
     * Start an empty data file where none is, or where an empty one is, even beside backups or a
     * damaged file kept aside: the person asked for it. A data file with content is never touched.
     */
    public static Database startEmptySqlite(Path file) {
        if (SqliteFiles.hasContent(file.toAbsolutePath())) {
            throw new IllegalStateException("the data file holds data; move it aside first");
        }
        return openSqlite(file, true);
    }

    private static Database openSqlite(Path file, boolean startEmpty) {
        Path absolute = file.toAbsolutePath();
        boolean existing = SqliteFiles.hasContent(absolute);
        if (!existing && !startEmpty) {
            Optional<StorageException> refusal = DamageAdvice.refusalToStartOver(absolute, Files.exists(absolute));
            if (refusal.isPresent()) {
                throw refusal.get();
            }
        }
        try {
            prepareOwnerOnly(absolute);
        } catch (IOException | UnsupportedOperationException e) {
            if (StorageFaults.isFull(e, folderOf(absolute))) {
                throw StorageFaults.full(folderOf(absolute), e);
            }
            String reason = e.getClass().getSimpleName();
            throw new DatabaseUnavailableException(
                    "Could not create the data file " + absolute + " (" + reason
                            + "). Check that its folder is writable, or set NAPE_HOME to another folder.",
                    e,
                    "storage.cannotCreate",
                    "file",
                    absolute.toString(),
                    "reason",
                    reason);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        @Nullable Connection held = existing ? openIntact(dataSource, absolute) : null;
        try {
            if (held == null || !isCurrent(held)) {
                close(held);
                held = null;
                try (SqliteMigrationLock lock = SqliteMigrationLock.take(absolute)) {
                    if (!isCurrent(dataSource)) { // another program may have done it meanwhile
                        migrate(dataSource, SqlDialect.SQLITE, absolute);
                    }
                }
                held = dataSource.getConnection();
            }
            tightenCompanions(absolute);
            StorageFaults.endFullEpisode(folderOf(absolute));
            StorageFaults faults = new StorageFaults(absolute);
            return new Database(new GuardedDataSource(dataSource, faults), SqlDialect.SQLITE, null, held, faults);
        } catch (SQLException failure) {
            close(held);
            throw unavailable(absolute, failure);
        } catch (RuntimeException failure) {
            close(held);
            throw failure;
        }
    }

    private static Path folderOf(Path file) {
        Path folder = file.getParent();
        return folder == null ? file : folder;
    }

    /**
     * The first connection to an existing file, once it has passed {@code PRAGMA quick_check}. It
     * stays open for the life of the database: while SQLite has a connection open on the file,
     * later connections do not rebuild the WAL index, and closing them does not checkpoint.
     */
    private static Connection openIntact(SQLiteDataSource dataSource, Path file) {
        @Nullable Connection connection = null;
        boolean sound;
        try {
            connection = dataSource.getConnection();
            sound = SqliteFiles.passesQuickCheck(connection);
        } catch (SQLException failure) {
            close(connection);
            if (!SqliteFiles.isDamage(failure)) {
                throw unavailable(file, failure);
            }
            sound = false;
        }
        if (!sound || connection == null) {
            close(connection);
            throw damaged(file);
        }
        return connection;
    }

    private static StorageException unavailable(Path file, SQLException failure) {
        if (StorageFaults.isFull(failure, folderOf(file))) {
            return StorageFaults.full(folderOf(file), failure);
        }
        if (StorageFaults.isLocked(failure)) {
            return new DatabaseLockedException(file, failure);
        }
        String reason = rootMessage(failure);
        return new DatabaseUnavailableException(
                "Could not open the data file " + file + ": " + reason
                        + ". Check that no other program holds it and try again.",
                failure,
                "storage.cannotOpen",
                "file",
                file.toString(),
                "reason",
                reason);
    }

    private static void close(@Nullable Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException alreadyGone) {
                // nothing was written through this connection, so nothing is lost
            }
        }
    }

    private static DamagedDatabaseException damaged(Path file) {
        return DamageAdvice.foundAtOpen(file);
    }

    /** Open a PostgreSQL database through a small pool. */
    public static Database openPostgresql(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("nape");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(-1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            if (!isCurrent(pool)) {
                migrate(pool, SqlDialect.POSTGRESQL, null);
            }
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, SqlDialect.POSTGRESQL, pool, null, null);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /**
     * The version of the newest migration in both migration folders; a test keeps it in step with
     * the files. A database already at this version opens without loading Flyway at all, which keeps
     * short commands fast.
     */
    public static final int SCHEMA_VERSION = 8;

    /** Bring the schema up to date; {@code file} is the SQLite file, null for PostgreSQL. */
    private static void migrate(DataSource dataSource, SqlDialect dialect, @Nullable Path file) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocation())
                    .configuration(Map.of("flyway.reportEnabled", "false"))
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String reason = rootMessage(e);
            if (file == null) {
                throw new DatabaseUnavailableException(
                        "Could not open the PostgreSQL database: " + reason
                                + ". Check the database URL and that the database is running.",
                        e,
                        "storage.cannotMigrate.postgresql",
                        "reason",
                        reason);
            }
            if (StorageFaults.isFull(e, folderOf(file))) {
                throw StorageFaults.full(folderOf(file), e);
            }
            if (StorageFaults.isLocked(e)) {
                throw new DatabaseLockedException(file, e);
            }
            throw new DatabaseUnavailableException(
                    "Could not open the data file " + file + ": " + reason
                            + ". Check the database URL and that the database is running.",
                    e,
                    "storage.cannotMigrate.sqlite",
                    "file",
                    file.toString(),
                    "reason",
                    reason);
        }
    }

    private static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return isCurrent(connection);
        } catch (SQLException unreachable) { // Flyway reports it in its own words
            return false;
        }
    }

    /** Whether the schema is at {@link #SCHEMA_VERSION}, read in plain JDBC: no Jdbi, no Flyway. */
    private static boolean isCurrent(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet results = statement.executeQuery(
                        "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
            return results.next() && results.getInt(1) == SCHEMA_VERSION;
        } catch (SQLException noHistoryYet) { // a new database: Flyway creates everything
            return false;
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql && sql.getMessage() != null) {
            return firstLine(sql.getMessage());
        }
        return firstLine(String.valueOf(cause.getMessage()));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    private static void prepareOwnerOnly(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return;
        }
        Path folder = folderOf(file);
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } catch (FileAlreadyExistsException alreadyThere) {
            Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
        }
    }

    private static void tightenCompanions(Path file) {
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            try {
                if (Files.exists(companion)) {
                    Files.setPosixFilePermissions(companion, OWNER_ONLY_FILE);
                }
            } catch (IOException | UnsupportedOperationException e) {
                // SQLite creates its companions with the main file's mode, so this is a second guard.
            }
        }
    }

    /**
     * A watch on changes to the stored data: on SQLite through the connection this database holds
     * open, which never writes; elsewhere one that never knows. Make one and keep it.
     */
    public DataVersion dataVersion() {
        if (held == null) {
            return DataVersion.unknown();
        }
        return faults == null ? DataVersion.sqlite(held) : DataVersion.sqlite(held, faults::isDamaged);
    }

    @Override
    public void close() {
        close(held);
        if (pool != null) {
            pool.close();
        }
    }
}
