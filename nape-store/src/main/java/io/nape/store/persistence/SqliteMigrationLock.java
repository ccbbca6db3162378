package io.nape.store.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Let one program at a time bring a data file's schema up to date. Two commands started at once on
 * a new data folder (the reminders and a command in another terminal) would otherwise both begin
 * the first migration, and SQLite refuses the second writer's snapshot outright, which no busy
 * time-out waits out. The lock is a file beside the data file ({@code nape.db.lock}), held with an
 * operating-system lock across processes and a plain lock across the threads of one.
 */
final class SqliteMigrationLock implements AutoCloseable {
    private static final ReentrantLock IN_THIS_PROGRAM = new ReentrantLock();

    private final @Nullable FileChannel channel;
    private final @Nullable FileLock lock;

    private SqliteMigrationLock(@Nullable FileChannel channel, @Nullable FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Wait for the lock of this data file. Where no lock file can be made (a read-only folder), the
     * migration goes on without one: it then fails on its own with its own words.
     */
    static SqliteMigrationLock take(Path dataFile) {
        IN_THIS_PROGRAM.lock();
        Path lockFile = dataFile.resolveSibling(dataFile.getFileName() + ".lock");
        try {
            if (!Files.exists(lockFile)) {
                try {
                    Files.createFile(
                            lockFile,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(lockFile);
                } catch (java.nio.file.FileAlreadyExistsException madeMeanwhile) {
                    // another program made it first; take its lock below
                }
            }
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            try {
                return new SqliteMigrationLock(channel, channel.lock());
            } catch (IOException | RuntimeException failure) {
                channel.close();
                throw failure;
            }
        } catch (IOException noLockFile) {
            return new SqliteMigrationLock(null, null);
        } catch (RuntimeException failure) {
            IN_THIS_PROGRAM.unlock();
            throw failure;
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException releasedWithTheChannel) {
            // closing the channel releases the lock in any case
        } finally {
            IN_THIS_PROGRAM.unlock();
        }
    }
}
