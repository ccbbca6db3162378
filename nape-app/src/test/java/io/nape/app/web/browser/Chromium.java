package io.nape.app.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Find Debian's Chromium for the browser tests. On a machine without it the browser tests are
 * skipped with a message, so `mvn verify` works with a JDK and Maven alone; CI sets
 * {@code NAPE_REQUIRE_BROWSER=1}, and there a missing browser fails the run instead.
 */
final class Chromium {
    static final Path PATH = Paths.get("/usr/bin/chromium");

    private Chromium() {}

    static Path require() {
        if (!"1".equals(System.getenv("NAPE_REQUIRE_BROWSER"))) {
            Assumptions.assumeTrue(
                    Files.isExecutable(PATH),
                    "Browser tests skipped: " + PATH + " is missing (apt-get install chromium).");
        }
        return PATH;
    }
}
