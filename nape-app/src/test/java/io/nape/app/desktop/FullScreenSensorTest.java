package io.nape.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full-screen sensor on a real X server (Debian's {@code xvfb}) whose root window plays the
 * active window: its {@code _NET_WM_STATE} is set and removed with {@code xprop}, as a window manager
 * would. Skipped where Xvfb or xprop is not installed, unless {@code NAPE_REQUIRE_XVFB=1} (CI) asks.
 */
class FullScreenSensorTest {
    private static final Path XVFB = Path.of("/usr/bin/Xvfb");
    private static final Path XPROP = Path.of("/usr/bin/xprop");
    private static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");

    private static Process server;
    private static String display;

    @BeforeAll
    static void startTheDisplay() throws Exception {
        boolean installed = Files.isExecutable(XVFB) && Files.isExecutable(XPROP);
        if (!"1".equals(System.getenv("NAPE_REQUIRE_XVFB"))) {
            Assumptions.assumeTrue(installed, "Xvfb and xprop are not installed (apt-get install xvfb x11-utils)");
        }
        server = new ProcessBuilder(
                        XVFB.toString(),
                        "-displayfd",
                        "1",
                        "-noreset",
                        "-nolisten",
                        "tcp",
                        "-screen",
                        "0",
                        "640x480x24")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader number =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII));
        String line = number.readLine();
        assertThat(line).as("the display number Xvfb chose").isNotNull().matches("\\d+");
        display = ":" + line;
    }

    @AfterAll
    static void stopTheDisplay() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void saysFullScreenWhileTheActiveWindowFillsTheScreenAndNothingOnceItStops() throws Exception {
        String root = rootWindow();
        xprop("-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set", "_NET_ACTIVE_WINDOW", root);
        FullScreenSensor sensor = new FullScreenSensor(XPROP, display);
        assertThat(sensor.read(NOW)).as("no state set yet").isEmpty();

        xprop("-root", "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN");
        Optional<PresenceReading> full = sensor.read(NOW);
        assertThat(full).map(PresenceReading::state).contains(PresenceState.FULL_SCREEN);
        assertThat(sensor.read(NOW.plusSeconds(30)))
                .as("dated from when it was first seen")
                .map(PresenceReading::since)
                .contains(NOW);

        xprop("-root", "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE", "_NET_WM_STATE_MAXIMIZED_VERT");
        assertThat(sensor.read(NOW.plusSeconds(60)))
                .as("maximised is not full screen")
                .isEmpty();
    }

    @Test
    void saysNothingWithoutAnActiveWindowOrWithoutADisplay() {
        xprop("-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set", "_NET_ACTIVE_WINDOW", "0x0");
        xprop("-root", "-f", "_NET_WM_STATE", "32a", "-set", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN");
        assertThat(new FullScreenSensor(XPROP, display).read(NOW)).isEmpty();
        assertThat(new FullScreenSensor(XPROP, ":987").read(NOW))
                .as("a display nobody serves")
                .isEmpty();
        assertThat(FullScreenSensor.onThisDisplay(Map.of("PATH", "/usr/bin")))
                .as("no DISPLAY")
                .isEmpty();
        assertThat(FullScreenSensor.onThisDisplay(Map.of("DISPLAY", display, "PATH", "/nowhere")))
                .as("no xprop")
                .isEmpty();
        assertThat(FullScreenSensor.onThisDisplay(Map.of("DISPLAY", display, "PATH", "/nowhere:/usr/bin")))
                .isPresent();
    }

    private static String rootWindow() {
        Matcher id = Pattern.compile("Window id: (0x[0-9a-f]+)").matcher(run("xwininfo", "-display", display, "-root"));
        assertThat(id.find()).as("xwininfo names the root window").isTrue();
        return id.group(1);
    }

    private static void xprop(String... arguments) {
        List<String> command = new ArrayList<>(List.of(XPROP.toString(), "-display", display));
        command.addAll(List.of(arguments));
        run(command.toArray(String[]::new));
    }

    private static String run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue())
                    .as(String.join(" ", command) + ": " + output)
                    .isZero();
            return output;
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + " did not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
