package io.nape.app.desktop;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceSensor;
import io.nape.core.presence.PresenceState;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Full screen": the active window of the X display asks the window manager to fill the screen
 * ({@code _NET_WM_STATE_FULLSCREEN} of the window named by the root's {@code _NET_ACTIVE_WINDOW}, as
 * window managers that follow the freedesktop window-manager hints keep them), which is how a
 * presentation, a film or a game shows. Read with {@code xprop} when the reminders look (no thread
 * of its own), and only where a display is named and {@code xprop} is installed. A desktop that
 * keeps its windows from X (a Wayland session's own programs) tells nothing this way, and the sensor
 * then says nothing.
 */
public final class FullScreenSensor implements PresenceSensor {
    private static final Logger LOG = LoggerFactory.getLogger(FullScreenSensor.class);
    private static final Pattern WINDOW = Pattern.compile("(0x[0-9a-fA-F]+|\\d+)\\s*$");
    private static final String FULL_SCREEN = "_NET_WM_STATE_FULLSCREEN";
    private static final long ANSWER_SECONDS = 2;

    private final Path xprop;
    private final String display;
    private @Nullable Instant since;

    /**
     * @param xprop the {@code xprop} program
     * @param display the X display to ask, such as {@code :0}
     */
    public FullScreenSensor(Path xprop, String display) {
        this.xprop = xprop;
        this.display = display;
    }

    /** The sensor over the display this program was started on, if one is named and {@code xprop} is found. */
    public static Optional<FullScreenSensor> onThisDisplay(Map<String, String> environment) {
        String display = environment.getOrDefault("DISPLAY", "");
        if (display.isBlank()) {
            return Optional.empty();
        }
        for (String folder : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Path candidate = Path.of(folder, "xprop");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new FullScreenSensor(candidate, display));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized Optional<PresenceReading> read(Instant now) {
        if (!activeWindowFillsTheScreen()) {
            since = null;
            return Optional.empty();
        }
        if (since == null) {
            since = now;
        }
        return Optional.of(new PresenceReading(PresenceState.FULL_SCREEN, since, name()));
    }

    private boolean activeWindowFillsTheScreen() {
        Optional<String> active = ask(List.of("-root", "_NET_ACTIVE_WINDOW"));
        if (active.isEmpty()) {
            return false;
        }
        Matcher window = WINDOW.matcher(active.get().strip());
        if (!window.find() || Long.decode(window.group(1)) == 0) {
            return false;
        }
        // A window manager writes "window id # 0x1e00007"; a plain number is read as well.
        return ask(List.of("-id", window.group(1), "_NET_WM_STATE"))
                .map(state -> state.contains(FULL_SCREEN))
                .orElse(false);
    }

    /** What {@code xprop} prints for these arguments, or empty when it fails or does not answer soon. */
    private Optional<String> ask(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(xprop.toString());
        command.add("-display");
        command.add(display);
        command.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.debug("xprop did not start: {}", e.toString());
            return Optional.empty();
        }
        try (InputStream output = process.getInputStream()) {
            process.getOutputStream().close();
            if (!process.waitFor(ANSWER_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String text = new String(output.readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            LOG.debug("xprop did not answer: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return "fullscreen";
    }
}
