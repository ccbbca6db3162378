package io.nape.app.desktop;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceSensor;
import io.nape.core.presence.PresenceState;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * "In a call": another program holds a camera ({@code /dev/video*}) or a sound card's capture device
 * ({@code /dev/snd/pcm…c}) open, as Linux shows in each process's open files under {@code /proc}.
 * Read only when the reminders look (no thread of its own); off when the person turned call
 * detection off. Where {@code /proc} cannot be read it says nothing.
 */
public final class CallSensor implements PresenceSensor {
    private static final Pattern DEVICE = Pattern.compile("/dev/(video\\d+|snd/pcmC\\d+D\\d+c)");

    private final Path proc;
    private final long self;
    private final BooleanSupplier enabled;
    private @Nullable Instant since;

    /**
     * @param proc the process folder, {@code /proc} on Linux
     * @param self this program's process id, whose own files do not count
     * @param enabled whether the person wants calls detected, asked at each read
     */
    public CallSensor(Path proc, long self, BooleanSupplier enabled) {
        this.proc = proc;
        this.self = self;
        this.enabled = enabled;
    }

    /** The sensor over this machine's {@code /proc}, if it has one. */
    public static Optional<CallSensor> onThisMachine(BooleanSupplier enabled) {
        Path proc = Path.of("/proc");
        return Files.isDirectory(proc.resolve("self").resolve("fd"))
                ? Optional.of(new CallSensor(proc, ProcessHandle.current().pid(), enabled))
                : Optional.empty();
    }

    @Override
    public synchronized Optional<PresenceReading> read(Instant now) {
        if (!enabled.getAsBoolean() || !anotherProgramHoldsADevice()) {
            since = null;
            return Optional.empty();
        }
        if (since == null) {
            since = now;
        }
        return Optional.of(new PresenceReading(PresenceState.IN_CALL, since, name()));
    }

    private boolean anotherProgramHoldsADevice() {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path process : processes) {
                if (!process.getFileName().toString().equals(Long.toString(self)) && holdsADevice(process)) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        return false;
    }

    private static boolean holdsADevice(Path process) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path file : files) {
                try {
                    if (DEVICE.matcher(Files.readSymbolicLink(file).toString()).matches()) {
                        return true;
                    }
                } catch (IOException | UnsupportedOperationException gone) {
                    // closed meanwhile, or not a link
                }
            }
        } catch (IOException | RuntimeException notOurs) {
            // another user's process, or gone
        }
        return false;
    }

    @Override
    public String name() {
        return "call";
    }
}
