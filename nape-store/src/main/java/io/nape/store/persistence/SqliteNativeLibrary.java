package io.nape.store.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keep sqlite-jdbc's native library in a per-user cache folder, written once per sqlite-jdbc
 * version, instead of the copy into the temporary folder that sqlite-jdbc makes on every start.
 *
 * <p>The cached copy's name carries the size and CRC-32 of the jar's entry; the copy is checked
 * against them on every use, and one that differs, such as one cut short, is written again: to a
 * temporary file in the same folder, then renamed into place, readable by its owner only in a
 * folder only its owner may enter. sqlite-jdbc's clean-up of earlier copies then looks in that
 * folder instead of the whole temporary folder. If anything fails, nothing is set and sqlite-jdbc
 * loads its library the usual way.
 */
public final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    static final String TEMPORARY_FOLDER_PROPERTY = "org.sqlite.tmpdir";
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private SqliteNativeLibrary() {}

    /** Point sqlite-jdbc at the cached library; call before the first SQLite connection. */
    public static synchronized void useCacheIn(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        Optional<Path> library = cachedCopy(cacheFolder);
        if (library.isPresent()) {
            String folder = String.valueOf(library.get().getParent());
            System.setProperty(TEMPORARY_FOLDER_PROPERTY, folder);
            System.setProperty(NAME_PROPERTY, String.valueOf(library.get().getFileName()));
            System.setProperty(PATH_PROPERTY, folder);
        }
    }

    /** The cached copy of this computer's library, written first when missing or different. */
    static Optional<Path> cachedCopy(Path cacheFolder) {
        try {
            URL driver = SQLiteJDBCLoader.class.getResource("SQLiteJDBCLoader.class");
            if (driver == null || !(driver.openConnection() instanceof JarURLConnection driverJar)) {
                return Optional.empty();
            }
            Attributes manifest = driverJar.getMainAttributes();
            String version = manifest == null ? null : manifest.getValue("Bundle-Version");
            if (version == null) {
                return Optional.empty();
            }
            String platform = System.getProperty("os.name") + "-" + System.getProperty("os.arch");
            Path folder = cacheFolder
                    .toAbsolutePath()
                    .resolve("sqlite-jdbc-" + version.replace('/', '_'))
                    .resolve(platform.replace('/', '_').replace(' ', '_'));
            String name = LibraryLoaderUtil.getNativeLibName();
            Optional<Path> sound = soundCopy(folder, name);
            if (sound.isEmpty()) {
                write(folder, name);
                sound = soundCopy(folder, name);
            }
            return sound;
        } catch (IOException | RuntimeException | LinkageError failure) {
            return Optional.empty();
        }
    }

    /** A copy named {@code SIZE-CRC-NAME} whose content has that size and CRC-32. */
    private static Optional<Path> soundCopy(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder)) {
            for (Path copy : copies) {
                String[] parts = copy.getFileName().toString().split("-", 3);
                if (parts.length == 3
                        && parts[2].equals(name)
                        && matches(copy, Long.parseLong(parts[0]), Long.parseLong(parts[1], 16))) {
                    return Optional.of(copy);
                }
            }
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean matches(Path copy, long size, long crc) throws IOException {
        if (!Files.isRegularFile(copy) || Files.size(copy) != size) {
            return false;
        }
        CRC32 actual = new CRC32();
        actual.update(Files.readAllBytes(copy));
        return actual.getValue() == crc;
    }

    private static void write(Path folder, String name) throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        URL url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
            return;
        }
        JarEntry entry = jar.getJarEntry();
        if (entry.getSize() < 0 || entry.getCrc() < 0) {
            return;
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        } else {
            Files.createDirectories(folder);
        }
        Path library = folder.resolve(entry.getSize() + "-" + Long.toHexString(entry.getCrc()) + "-" + name);
        Path partial = Files.createTempFile(folder, "partial-", ".tmp");
        try {
            try (InputStream in = jar.getInputStream();
                    OutputStream out = Files.newOutputStream(partial)) {
                in.transferTo(out);
            }
            try {
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException leftOver) {
                // a stray partial file is harmless: it is never loaded
            }
        }
    }
}
