package io.nape.app.notify;

import io.nape.app.text.Texts;
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
    private final Texts texts;

    private DesktopNotifier(Path notifySend, Texts texts) {
        this.notifySend = notifySend;
        this.texts = texts;
    }

    /** The notifier in the run's language, if this computer has a desktop session and {@code notify-send}. */
    public static Optional<DesktopNotifier> find(Map<String, String> environment, Texts texts) {
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
                    return Optional.of(new DesktopNotifier(candidate, texts));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void show(Reminder reminder) {
        List<String> command = command(reminder);
        run(command);
    }

    /** The notify-send command line that shows this reminder: its headline as the title, then the body. */
    List<String> command(Reminder reminder) {
        return List.of(
                notifySend.toString(),
                "--app-name=Nape",
                "--expire-time=60000",
                ReminderWords.headline(texts, reminder),
                texts.get("reminder.desktopBody"));
    }

    private static void run(List<String> command) {
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
