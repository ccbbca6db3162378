package io.nape.app.desktop;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Open an address in the person's default browser through {@code xdg-open}, without waiting for it. */
public final class XdgOpen implements Consumer<URI> {
    private static final Logger LOG = LoggerFactory.getLogger(XdgOpen.class);

    private final Path program;

    private XdgOpen(Path program) {
        this.program = program;
    }

    /** The opener, if {@code xdg-open} is on this environment's PATH. */
    public static Optional<XdgOpen> find(Map<String, String> environment) {
        for (String folder : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Path candidate = Path.of(folder, "xdg-open");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new XdgOpen(candidate));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void accept(URI address) {
        try {
            new ProcessBuilder(program.toString(), address.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            LOG.warn("could not open the browser with {}: {}", program, e.toString());
        }
    }
}
