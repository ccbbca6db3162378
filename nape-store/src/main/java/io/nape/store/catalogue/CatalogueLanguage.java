package io.nape.store.catalogue;

import java.util.Locale;
import java.util.Map;

/**
 * The texts files of one language besides English.
 *
 * @param phaseCues the cues of phases whose exercise gives none (an empty text when the file is missing)
 * @param textsByFile each texts file by the name of the catalogue file it translates
 */
public record CatalogueLanguage(Locale language, CatalogueSource phaseCues, Map<String, CatalogueSource> textsByFile) {
    public CatalogueLanguage {
        textsByFile = Map.copyOf(textsByFile);
    }

    CatalogueLanguage withTexts(Map<String, CatalogueSource> more) {
        Map<String, CatalogueSource> all = new java.util.LinkedHashMap<>(textsByFile);
        all.putAll(more);
        return new CatalogueLanguage(language, phaseCues, all);
    }

    /** The language's name in English, for problems: "Russian". */
    String displayName() {
        return language.getDisplayLanguage(Locale.ENGLISH);
    }
}
