package io.nape.app.web;

import io.nape.app.Wiring;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For each test, the whole local web app on a free port of 127.0.0.1 over a fresh data folder, and a
 * client that talks to it over real HTTP; stopped and deleted after the test.
 * Use as {@code @RegisterExtension final LocalServer local = new LocalServer();}.
 */
final class LocalServer implements BeforeEachCallback, AfterEachCallback {
    private Path home;
    private Wiring wiring;
    private WebServer server;
    private ApiClient api;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("nape-web-test");
        wiring = ApiClient.wiring(home);
        server = WebServer.start(0, WebServer.features(wiring));
        api = new ApiClient(server.port());
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            server.close();
            wiring.close();
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(LocalServer::delete);
            }
        }
    }

    /** The data folder of this test's server. */
    Path home() {
        return home;
    }

    /** The adapters the server runs on, for looking at what a request stored. */
    Wiring wiring() {
        return wiring;
    }

    ApiClient api() {
        return api;
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
