package io.nape.app.notify;

import io.nape.core.NapeException;
import io.nape.core.plan.Notifier;
import io.nape.core.plan.Reminder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Show a reminder as a desktop notification through {@code notify-send}, which speaks the
 * freedesktop notification protocol over D-Bus. Available only in a desktop session that has it.
 */
public final class DesktopNotifier implements Notifier {
    private final Path notifySend;

    private DesktopNotifier(Path notifySend) {
        this.notifySend = notifySend;
    }

    /** The notifier, if this computer has a desktop session and {@code notify-send}. */
    public static Optional<DesktopNotifier> find(Map<String, String> environment) {
        boolean desktop = environment.containsKey("DBUS_SESSION_BUS_ADDRESS")
                || environment.containsKey("DISPLAY")
                || environment.containsKey("WAYLAND_DISPLAY");
        if (!desktop) {
            return Optional.empty();
        }
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Path candidate = Path.of(folder, "notify-send");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new DesktopNotifier(candidate));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void show(Reminder reminder) {
        List<String> command = List.of(
                notifySend.toString(),
                "--app-name=Nape",
                "--expire-time=60000",
                reminder.headline(),
                "Time for a short break. Answer in the Nape window: start, snooze or skip.");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new NapeException("notify-send did not finish within 5 seconds");
            }
            if (process.exitValue() != 0) {
                throw new NapeException("notify-send ended with code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new NapeException("notify-send could not run: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NapeException("interrupted while showing a desktop notification", e);
        }
    }

    @Override
    public String name() {
        return "desktop";
    }
}
