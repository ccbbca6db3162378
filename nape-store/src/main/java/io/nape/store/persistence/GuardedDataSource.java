package io.nape.store.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hand out connections to the SQLite file unless it was found damaged, and name a full disk or
 * damage met while connecting.
 */
final class GuardedDataSource implements DataSource {
    private final DataSource delegate;
    private final StorageFaults faults;

    GuardedDataSource(DataSource delegate, StorageFaults faults) {
        this.delegate = delegate;
        this.faults = faults;
    }

    @Override
    public Connection getConnection() throws SQLException {
        faults.refuseIfDamaged();
        try {
            return delegate.getConnection();
        } catch (SQLException failure) {
            StorageException named = faults.name(failure);
            if (named != null) {
                throw named;
            }
            throw failure;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return delegate.isWrapperFor(type);
    }
}
