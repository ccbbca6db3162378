package io.nape.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, private {@code dbus-daemon} for one test class, on a socket in a folder of its own.
 * Skipped where Debian's {@code dbus} is not installed, unless {@code NAPE_REQUIRE_DBUS=1} (CI) asks.
 */
final class PrivateBus implements AutoCloseable {
    private static final Path DAEMON = Path.of("/usr/bin/dbus-daemon");

    private final Process daemon;
    private final String address;

    private PrivateBus(Process daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    static PrivateBus start(Path folder) throws IOException {
        if (!"1".equals(System.getenv("NAPE_REQUIRE_DBUS"))) {
            Assumptions.assumeTrue(
                    Files.isExecutable(DAEMON),
                    "D-Bus tests skipped: " + DAEMON + " is missing (apt-get install dbus).");
        }
        Process started = new ProcessBuilder(
                        DAEMON.toString(),
                        "--session",
                        "--print-address",
                        "--nofork",
                        "--address=unix:path=" + folder.resolve("bus"))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
        String address = output.readLine();
        assertThat(address).as("the address dbus-daemon prints").startsWith("unix:path=");
        return new PrivateBus(started, address);
    }

    String address() {
        return address;
    }

    @Override
    public void close() throws InterruptedException {
        ProcessHandle.of(daemon.pid()).ifPresent(ProcessHandle::destroy);
        daemon.waitFor(20, TimeUnit.SECONDS);
    }
}
