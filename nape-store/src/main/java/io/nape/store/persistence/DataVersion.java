package io.nape.store.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Tell whether the stored data may have changed since an earlier look, exactly and cheaply, so that
 * what was read from the database can be kept for as long as it has not.
 *
 * <p>SQLite: {@code PRAGMA data_version} on one connection held open and used for nothing else. Its
 * value changes whenever any other connection commits a change to the file, in this process or in
 * another; it does not change for the connection's own writes, so that connection must never write.
 * Reading the value first and the data after it is safe: a change committed in between makes the
 * next look differ, so the data read is never kept past it.
 *
 * <p>Without such a detector (PostgreSQL, or SQLite once the held connection failed) every look
 * answers "unknown", and callers read the database each time.
 */
public final class DataVersion {
    private final @Nullable Look source;
    /** Looks started and finished so far, whether one runs now, and what the last one saw. */
    private long started;

    private long finished;
    private boolean running;
    private OptionalLong latest = OptionalLong.empty();

    DataVersion(@Nullable Look source) {
        this.source = source;
    }

    /** Watch the SQLite file of {@code keeper}, a connection held open that never writes. */
    public static DataVersion sqlite(Connection keeper) {
        return new DataVersion(new PragmaLook(keeper));
    }

    /**
     * Watch as {@link #sqlite(Connection)} until {@code stopped} says the file may no longer be read
     * (it was found damaged); from then on every look answers empty, so nothing kept is served.
     */
    static DataVersion sqlite(Connection keeper, BooleanSupplier stopped) {
        PragmaLook pragma = new PragmaLook(keeper);
        return new DataVersion(() -> stopped.getAsBoolean() ? OptionalLong.empty() : pragma.read());
    }

    /** A watch that never knows: every look answers empty. */
    public static DataVersion unknown() {
        return new DataVersion(null);
    }

    /**
     * The current version of the stored data, or empty when it cannot be known. Two equal values mean
     * that nothing was committed in between.
     *
     * <p>Many threads may ask at once (a server under load), and the one connection answers one at a
     * time. So a look in progress serves every thread that asked before it began; a thread that asks
     * while a look is running waits for the next one, which starts after it asked and therefore sees
     * every change committed before the question. At most one look runs, and one look answers a whole
     * queue of waiting threads.
     */
    public OptionalLong current() {
        Look look = source;
        if (look == null) {
            return OptionalLong.empty();
        }
        synchronized (this) {
            long ticket = started + 1; // the number of the first look to start after this question
            while (finished < ticket) {
                if (!running) {
                    started++;
                    running = true;
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return OptionalLong.empty(); // unknown: the caller reads the database
                }
            }
            if (finished >= ticket) {
                return latest;
            }
        }
        OptionalLong seen = OptionalLong.empty();
        try {
            seen = look.read(); // only the thread that set running, so one at a time
        } finally {
            synchronized (this) {
                latest = seen;
                finished = started;
                running = false;
                notifyAll();
            }
        }
        return seen;
    }

    /** One look at the version of the stored data; never called by two threads at once. */
    interface Look {
        OptionalLong read();
    }

    /** {@code PRAGMA data_version} on the held connection, through one prepared statement. */
    private static final class PragmaLook implements Look {
        private final Connection keeper;
        private @Nullable PreparedStatement statement;

        PragmaLook(Connection keeper) {
            this.keeper = keeper;
        }

        @Override
        public OptionalLong read() {
            try {
                if (keeper.isClosed()) {
                    return OptionalLong.empty();
                }
                PreparedStatement prepared = statement;
                if (prepared == null) {
                    prepared = keeper.prepareStatement("PRAGMA data_version");
                    statement = prepared;
                }
                try (ResultSet result = prepared.executeQuery()) {
                    return result.next() ? OptionalLong.of(result.getLong(1)) : OptionalLong.empty();
                }
            } catch (SQLException unreadable) { // read the database instead, which reports the failure
                return OptionalLong.empty();
            }
        }
    }
}
