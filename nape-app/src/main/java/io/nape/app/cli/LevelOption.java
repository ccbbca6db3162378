package io.nape.app.cli;

import io.nape.app.usecase.catalogue.DosageLevels;
import io.nape.core.catalogue.DosageLevel;

/** Read a dosage level typed by a person. */
public final class LevelOption {
    private LevelOption() {}

    public static DosageLevel parse(String text) {
        return DosageLevels.parse(text);
    }
}
