package io.nape.store.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
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
    private final @Nullable Connection keeper;
    private @Nullable PreparedStatement look;

    private DataVersion(@Nullable Connection keeper) {
        this.keeper = keeper;
    }

    /** Watch the SQLite file of {@code keeper}, a connection held open that never writes. */
    public static DataVersion sqlite(Connection keeper) {
        return new DataVersion(keeper);
    }

    /** A watch that never knows: every look answers empty. */
    public static DataVersion unknown() {
        return new DataVersion(null);
    }

    /**
     * The current version of the stored data, or empty when it cannot be known. Two equal values mean
     * that nothing was committed in between. Threads take turns on the one connection.
     */
    public synchronized OptionalLong current() {
        if (keeper == null) {
            return OptionalLong.empty();
        }
        try {
            if (keeper.isClosed()) {
                return OptionalLong.empty();
            }
            if (look == null) {
                look = keeper.prepareStatement("PRAGMA data_version");
            }
            try (ResultSet result = look.executeQuery()) {
                return result.next() ? OptionalLong.of(result.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException unreadable) { // read the database instead, which reports the failure
            return OptionalLong.empty();
        }
    }
}
