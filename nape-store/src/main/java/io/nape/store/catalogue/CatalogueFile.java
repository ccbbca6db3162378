package io.nape.store.catalogue;

import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Routine;
import java.util.List;

/** What one catalogue file holds, each entry with its place. */
record CatalogueFile(String name, List<Located<Exercise>> exercises, List<Located<Routine>> routines) {
    CatalogueFile {
        exercises = List.copyOf(exercises);
        routines = List.copyOf(routines);
    }

    static CatalogueFile empty(String name) {
        return new CatalogueFile(name, List.of(), List.of());
    }
}
