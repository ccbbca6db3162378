package io.nape.store.catalogue;

import io.nape.core.catalogue.Catalogue;
import java.util.List;

/**
 * The catalogue as loaded, with every problem found and the files left out because of them.
 *
 * @param problems each as {@code file:line: what is wrong}
 */
public record CatalogueLoad(Catalogue catalogue, List<String> problems, List<String> skippedFiles) {
    public CatalogueLoad {
        problems = List.copyOf(problems);
        skippedFiles = List.copyOf(skippedFiles);
    }
}
