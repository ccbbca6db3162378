package io.nape.app.usecase.catalogue;

import io.nape.core.NapeException;
import io.nape.core.catalogue.DosageLevel;

/** Read a dosage level given by its key, as a command or a request names it. */
public final class DosageLevels {
    private DosageLevels() {}

    public static DosageLevel parse(String text) {
        return DosageLevel.fromKey(text)
                .orElseThrow(() -> new NapeException("Unknown level; choose one of: gentle, standard, full.")
                        .withText("dosage.unknownLevel"));
    }
}
