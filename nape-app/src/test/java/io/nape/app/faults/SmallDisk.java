package io.nape.app.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real small file system (tmpfs) mounted on a folder for one test, which the test can fill up; it
 * needs root. Where {@code mount} is not permitted the test is skipped with the reason.
 */
final class SmallDisk implements AutoCloseable {
    private final Path folder;
    private final Path filler;

    private SmallDisk(Path folder) {
        this.folder = folder;
        this.filler = folder.resolve("filler.bin");
    }

    /** Mount a tmpfs of {@code megabytes} on {@code folder}, or skip the test. */
    static SmallDisk mount(Path folder, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        String answer;
        int exit;
        try {
            Process mount = new ProcessBuilder(
                            "mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", folder.toString())
                    .redirectErrorStream(true)
                    .start();
            answer = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            exit = mount.waitFor(30, TimeUnit.SECONDS) ? mount.exitValue() : -1;
        } catch (IOException noMount) {
            answer = noMount.getMessage();
            exit = -1;
        }
        Assumptions.assumeTrue(
                exit == 0,
                "Skipped: this test mounts a small tmpfs to fill it, which needs root and a permitted 'mount' ("
                        + answer + ").");
        return new SmallDisk(folder);
    }

    Path folder() {
        return folder;
    }

    /** Fill every byte left with a file, until the file system says it is full. */
    void fill() throws IOException {
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            if (Files.getFileStore(folder).getUsableSpace() > chunk.length) {
                throw full;
            }
        }
    }

    /** Give the space back. */
    void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Process umount = new ProcessBuilder("umount", folder.toString())
                .redirectErrorStream(true)
                .start();
        umount.getInputStream().readAllBytes();
        if (!umount.waitFor(30, TimeUnit.SECONDS) || umount.exitValue() != 0) {
            // a file still open keeps it busy: detach it now, the kernel frees it when the file closes
            new ProcessBuilder("umount", "-l", folder.toString()).start().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
