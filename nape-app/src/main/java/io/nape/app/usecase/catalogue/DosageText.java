package io.nape.app.usecase.catalogue;

import io.nape.core.catalogue.Dosage;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.Sides;
import io.nape.core.catalogue.Style;
import java.util.ArrayList;
import java.util.List;

/** Say an exercise's dosage in a few plain words, such as "hold 5–7 s, relax 10 s, 3–5 times each side". */
public final class DosageText {
    private DosageText() {}

    public static String of(Exercise exercise, Dosage dosage) {
        if (exercise.style() == Style.CARD) {
            return "advice";
        }
        List<String> parts = new ArrayList<>();
        if (dosage.movements() > 0) {
            parts.add(dosage.movements() + " movements");
        } else {
            parts.add(verb(exercise.style()) + " " + dosage.hold() + " s");
        }
        if (dosage.relax().max() > 0) {
            parts.add("relax " + dosage.relax() + " s");
        }
        String times = dosage.repetitions() + (dosage.repetitions().max() == 1 ? " time" : " times");
        parts.add(dosage.sides() == Sides.BOTH ? times + " each side" : times);
        return String.join(", ", parts);
    }

    private static String verb(Style style) {
        switch (style) {
            case ISOMETRIC:
                return "press";
            case RELAXATION:
                return "tense";
            case STRETCH:
                return "hold";
            case BREATHING:
                return "breathe";
            default:
                return "move";
        }
    }
}
