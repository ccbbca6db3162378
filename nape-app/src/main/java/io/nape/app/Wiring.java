package io.nape.app;

import io.nape.app.config.AppConfig;
import io.nape.core.catalogue.Catalogue;
import io.nape.store.catalogue.CatalogueLoad;
import io.nape.store.catalogue.CatalogueLoader;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/**
 * Build the adapters, each on first use, so that a command pays only for what it touches: listing
 * routines never opens the database.
 */
public final class Wiring implements AutoCloseable {
    private final AppConfig config;
    private final PrintWriter warnings;
    private @Nullable Catalogue catalogue;

    public Wiring(AppConfig config, PrintWriter warnings) {
        this.config = config;
        this.warnings = warnings;
    }

    public AppConfig config() {
        return config;
    }

    /** The built-in catalogue plus the person's own files; problems in those are reported once. */
    public Catalogue catalogue() {
        if (catalogue == null) {
            CatalogueLoad load = new CatalogueLoader().load(config.catalogueFolder());
            for (String skipped : load.skippedFiles()) {
                warnings.println("Left out catalogue file " + skipped + " because of the problems below:");
            }
            load.problems().forEach(problem -> warnings.println("  " + problem));
            warnings.flush();
            catalogue = load.catalogue();
        }
        return catalogue;
    }

    @Override
    public void close() {}
}
