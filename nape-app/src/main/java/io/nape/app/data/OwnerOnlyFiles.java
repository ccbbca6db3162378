package io.nape.app.data;

import io.nape.app.text.Texts;
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
    public static void write(Path file, byte[] content, String what, Texts texts) {
        write(file, what, out -> out.write(content), texts);
    }

    /** What writes a file's content to a stream. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Write the content to the file as it comes, replacing the file only once it is whole and synced. */
    public static void write(Path file, String what, Content content, Texts texts) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || Files.isDirectory(target)) {
            throw new NapeException(what + " " + file + " is a folder")
                    .withText(
                            "data.fileIsFolder",
                            "what",
                            what,
                            "file",
                            file.toString(),
                            "example",
                            file.resolve("nape.json").toString());
        }
        if (!Files.isDirectory(folder)) {
            throw new NapeException("cannot write " + file + ": no folder " + folder)
                    .withText("data.noFolder", "file", file.toString(), "folder", folder.toString());
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
            throw cannotWrite(file, failure, texts);
        } catch (UncheckedIOException failure) {
            throw cannotWrite(file, ioCause(failure), texts);
        } catch (JacksonIOException failure) {
            throw cannotWrite(file, ioCause(failure), texts);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The input-output failure a wrapper carries, or the wrapper itself as one when it carries none. */
    private static IOException ioCause(RuntimeException wrapper) {
        return wrapper.getCause() instanceof IOException cause ? cause : new IOException(wrapper);
    }

    private static NapeException cannotWrite(Path file, IOException failure, Texts texts) {
        return new NapeException("cannot write " + file, failure)
                .withText("data.cannotWrite", "file", file.toString(), "reason", reason(failure, texts));
    }

    /** A new hidden file beside the target, readable by its owner only. */
    static Path temporaryBeside(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null) {
            throw new NoSuchFileException(target.toString(), null, "no folder above it to hold a temporary file");
        }
        return Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp", ownerOnly(folder, FILE));
    }

    /** Create the folder (and its parents) readable by its owner only, if it is not there. */
    public static void createFolder(Path folder, String what, Texts texts) {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (Files.exists(folder)) {
            throw new NapeException(what + " " + folder + " is a file")
                    .withText("data.folderIsFile", "what", what, "folder", folder.toString());
        }
        try {
            Files.createDirectories(folder, ownerOnly(folder, FOLDER));
        } catch (IOException failure) {
            throw new NapeException("cannot create the folder " + folder, failure)
                    .withText("data.cannotCreateFolder", "folder", folder.toString(), "reason", reason(failure, texts));
        }
    }

    /**
     * Make an existing folder readable by its owner only (0700) when others may read or enter it, and
     * say so in one sentence; empty when it already was, is not there, or the file system has no
     * POSIX modes.
     */
    public static Optional<String> tightenFolder(Path folder, String what, Texts texts) {
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
            return Optional.of(texts.get(
                    "data.folderTightened",
                    "what",
                    what,
                    "folder",
                    folder.toString(),
                    "found",
                    PosixFilePermissions.toString(found),
                    "mode",
                    PosixFilePermissions.toString(FOLDER)));
        } catch (IOException | SecurityException failure) {
            return Optional.of(texts.get(
                    "data.cannotTighten",
                    "what",
                    what,
                    "folder",
                    folder.toString(),
                    "failure",
                    failure.getClass().getSimpleName()));
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path near, Set<PosixFilePermission> permissions) {
        if (near.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
        }
        return new FileAttribute<?>[0];
    }

    /** Why a file could not be read or written, in a few words: "permission denied". */
    public static String reason(IOException failure, Texts texts) {
        if (failure instanceof AccessDeniedException) {
            return texts.get("data.reason.permissionDenied");
        }
        if (failure instanceof NoSuchFileException) {
            return texts.get("data.reason.noSuchFile");
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
