package io.nape.app.usecase.catalogue;

import io.nape.app.text.Texts;
import io.nape.core.catalogue.Dosage;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Sides;
import io.nape.core.catalogue.Style;
import java.util.ArrayList;
import java.util.List;

/** Say an exercise's dosage in a few plain words, such as "press 5–7 s, relax 10 s, 3–5 times each side". */
public final class DosageText {
    private DosageText() {}

    /** The dosage in English. */
    public static String of(Exercise exercise, Dosage dosage) {
        return of(exercise, dosage, Texts.english());
    }

    /** The dosage in the language of these texts; the figures are the catalogue's. */
    public static String of(Exercise exercise, Dosage dosage, Texts texts) {
        if (exercise.style() == Style.CARD) {
            return texts.get("dosage.advice");
        }
        List<String> parts = new ArrayList<>();
        if (dosage.movements() > 0) {
            parts.add(texts.get("dosage.movements", "count", dosage.movements()));
        } else {
            parts.add(texts.get(
                    "dosage.effort." + exercise.style().name(),
                    "range",
                    dosage.hold().toString()));
        }
        if (dosage.relax().max() > 0) {
            parts.add(texts.get("dosage.relax", "range", dosage.relax().toString()));
        }
        String times = texts.get(
                dosage.repetitions().max() == 1 ? "dosage.times.one" : "dosage.times.other",
                "range",
                dosage.repetitions().toString());
        parts.add(dosage.sides() == Sides.BOTH ? texts.get("dosage.eachSide", "times", times) : times);
        return String.join(", ", parts);
    }
}
