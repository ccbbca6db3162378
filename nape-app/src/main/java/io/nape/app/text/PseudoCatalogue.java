package io.nape.app.text;

import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Exercise;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.ExerciseTexts;
import io.nape.core.catalogue.PhaseCues;
import io.nape.core.catalogue.PhaseKind;
import io.nape.core.catalogue.Routine;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.catalogue.RoutineTexts;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue in the pseudo-language: every name, step, cue and note of the English one made pseudo. */
public final class PseudoCatalogue {
    /** The side a cue names, in the pseudo-language's own words rather than the English ones code fills in. */
    private static final String SIDES = "{side:" + Pseudo.accented("left") + "|" + Pseudo.accented("right") + "}";

    private PseudoCatalogue() {}

    public static Catalogue of(Catalogue english) {
        Map<ExerciseId, ExerciseTexts> exercises = new LinkedHashMap<>();
        for (Exercise exercise : english.exercises()) {
            ExerciseTexts texts = exercise.texts();
            exercises.put(
                    exercise.id(),
                    new ExerciseTexts(
                            Pseudo.text(texts.name()),
                            pseudo(texts.steps()),
                            pseudo(texts.cues()),
                            pseudo(texts.notes()),
                            texts.sequence().stream().map(PseudoCatalogue::cue).toList()));
        }
        Map<RoutineId, RoutineTexts> routines = new LinkedHashMap<>();
        for (Routine routine : english.routines()) {
            RoutineTexts texts = routine.texts();
            routines.put(
                    routine.id(),
                    new RoutineTexts(Pseudo.text(texts.name()), Pseudo.text(texts.summary()), pseudo(texts.notes())));
        }
        return english.withTexts(
                exercises, routines, new PhaseCues(pseudo(english.phaseCues().cues())));
    }

    private static String cue(String english) {
        return Pseudo.text(english).replace("{side}", SIDES);
    }

    private static List<String> pseudo(List<String> texts) {
        return texts.stream().map(Pseudo::text).toList();
    }

    private static Map<PhaseKind, String> pseudo(Map<PhaseKind, String> cues) {
        Map<PhaseKind, String> made = new EnumMap<>(PhaseKind.class);
        cues.forEach((kind, cue) -> made.put(kind, cue(cue)));
        return made;
    }
}
