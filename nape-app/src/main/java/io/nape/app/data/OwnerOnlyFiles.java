package io.nape.app.data;

import io.nape.core.NapeException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Write files that hold health data so that only their owner can read them, whole or not at all:
 * into a hidden temporary file beside the target (mode 0600), synced, then renamed over it.
 */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {}

    /** Write the bytes to the file, replacing it; {@code what} names it in messages, such as {@code --json}. */
    public static void write(Path file, byte[] content, String what) {
        write(file, what, out -> out.write(content));
    }

    /** What writes a file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Write the content to the file as it comes, replacing the file only once it is whole and synced. */
    public static void write(Path file, String what, Content content) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || Files.isDirectory(target)) {
            throw new NapeException(
                    what + " " + file + " is a folder; give a file name such as " + file.resolve("nape.json") + ".");
        }
        if (!Files.isDirectory(folder)) {
            throw new NapeException("Cannot write " + file + ": the folder " + folder
                    + " does not exist; create it or choose another.");
        }
        Path temporary = null;
        try {
            temporary = temporaryBeside(target);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisDisk) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException failure) {
            throw cannotWrite(file, failure);
        } catch (UncheckedIOException failure) {
            throw cannotWrite(file, failure.getCause());
        } catch (JacksonIOException failure) {
            throw cannotWrite(file, failure.getCause());
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static NapeException cannotWrite(Path file, IOException failure) {
        return new NapeException(
                "Cannot write " + file + " (" + reason(failure) + "); choose a file in a folder you can write to.");
    }

    /** A new hidden file beside the target, readable by its owner only. */
    static Path temporaryBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        return Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp", ownerOnly(folder, FILE));
    }

    /** Create the folder (and its parents) readable by its owner only, if it is not there. */
    public static void createFolder(Path folder, String what) {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (Files.exists(folder)) {
            throw new NapeException(what + " " + folder + " is a file, not a folder; choose a folder.");
        }
        try {
            Files.createDirectories(folder, ownerOnly(folder, FOLDER));
        } catch (IOException failure) {
            throw new NapeException("Cannot create the folder " + folder + " (" + reason(failure)
                    + "); choose a folder you can write to.");
        }
    }

    /**
     * Make an existing folder readable by its owner only (0700) when others may read or enter it, and
     * say so in one sentence; empty when it already was, is not there, or the file system has no
     * POSIX modes.
     */
    public static Optional<String> tightenFolder(Path folder, String what) {
        try {
            if (!Files.isDirectory(folder)
                    || !folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return Optional.empty();
            }
            Set<PosixFilePermission> found = Files.getPosixFilePermissions(folder);
            if (found.equals(FOLDER)) {
                return Optional.empty();
            }
            Files.setPosixFilePermissions(folder, FOLDER);
            return Optional.of(what + " " + folder + " was open to others (" + PosixFilePermissions.toString(found)
                    + "), so Nape made it yours only (" + PosixFilePermissions.toString(FOLDER) + ").");
        } catch (IOException | SecurityException failure) {
            return Optional.of("Cannot make " + what.toLowerCase(Locale.ROOT) + " " + folder
                    + " readable by you only (" + failure.getClass().getSimpleName() + "); run 'chmod 700 "
                    + folder + "'.");
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path near, Set<PosixFilePermission> permissions) {
        if (near.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
        }
        return new FileAttribute<?>[0];
    }

    static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return failure.getClass().getSimpleName();
    }

    static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftBehind) {
            // A stray temporary file is harmless; the message about the real failure matters more.
        }
    }
}
