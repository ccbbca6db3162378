package io.nape.app.data;

import io.nape.store.persistence.StoredData;
import java.util.List;

/** Hold everything a person owns in Nape: the stored records and their own catalogue files, by name. */
public record DataBundle(StoredData stored, List<CatalogueText> catalogueFiles) {
    public DataBundle {
        catalogueFiles = List.copyOf(catalogueFiles);
    }

    public boolean isEmpty() {
        return stored.isEmpty() && catalogueFiles.isEmpty();
    }
}
