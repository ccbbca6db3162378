package io.nape.store.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {
    @TempDir
    Path cache;

    @Test
    void writesTheLibraryOnceReadableByItsOwnerOnly() throws Exception {
        Path library = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();

        assertThat(library).startsWith(cache);
        assertThat(Files.size(library)).isPositive();
        assertThat(permissions(library)).isEqualTo("rw-------");
        assertThat(permissions(library.getParent())).isEqualTo("rwx------");
        assertThat(filesBeside(library)).containsExactly(library);
    }

    @Test
    void usesTheCachedFileOnTheSecondOpen() throws Exception {
        Path first = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
        var writtenAt = Files.getLastModifiedTime(first);
        long inode = (long) Files.getAttribute(first, "unix:ino");

        Path second = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(Files.getAttribute(second, "unix:ino")).isEqualTo(inode);
        assertThat(Files.getLastModifiedTime(second)).isEqualTo(writtenAt);
    }

    @Test
    void replacesACachedFileThatWasCutShort() throws Exception {
        Path library = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
        byte[] whole = Files.readAllBytes(library);
        Files.write(library, java.util.Arrays.copyOf(whole, whole.length / 2));

        Path again = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();

        assertThat(again).isEqualTo(library);
        assertThat(Files.readAllBytes(again)).isEqualTo(whole);
        assertThat(filesBeside(again)).containsExactly(again);
    }

    @Test
    void replacesACachedFileWithTheSameSizeButOtherBytes() throws Exception {
        Path library = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();
        byte[] whole = Files.readAllBytes(library);
        byte[] changed = whole.clone();
        changed[changed.length / 2] ^= 1;
        Files.write(library, changed);

        Path again = SqliteNativeLibrary.cachedCopy(cache).orElseThrow();

        assertThat(Files.readAllBytes(again)).isEqualTo(whole);
    }

    @Test
    void leavesSqliteJdbcAloneWhenTheCacheCannotBeWritten() throws Exception {
        Path blocker = cache.resolve("not-a-folder");
        Files.writeString(blocker, "x");

        assertThat(SqliteNativeLibrary.cachedCopy(blocker)).isEmpty();
    }

    private static String permissions(Path path) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static java.util.List<Path> filesBeside(Path library) throws java.io.IOException {
        try (Stream<Path> files = Files.list(library.getParent())) {
            return files.toList();
        }
    }
}
