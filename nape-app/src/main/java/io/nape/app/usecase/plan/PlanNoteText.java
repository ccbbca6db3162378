package io.nape.app.usecase.plan;

import io.nape.app.text.Texts;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.PlanNote;
import java.util.List;

/** A plan's note in the person's language: what it had to leave out, and why. */
public final class PlanNoteText {
    private PlanNoteText() {}

    public static String of(PlanNote note, Texts texts) {
        List<RoutineId> routines = note.routines();
        String key = "plan.note." + note.kind().name();
        return switch (note.kind()) {
            case MISSING, LESSON_TOO_LONG ->
                texts.get(
                        key, "routines", either(routines, texts), "count", routines.size(), "minutes", note.minutes());
            case NO_DESK_ROUTINE -> texts.get(key, "routines", plain(routines));
            case ONE_DESK_ROUTINE -> texts.get(key, "routine", routines.get(0).value());
            case DESK_ROUTINES_MISSING ->
                texts.get(key, "routines", either(routines, texts), "turn", plain(note.turn()));
        };
    }

    /** Quoted ids joined with "or", as the language writes them. */
    private static String either(List<RoutineId> routines, Texts texts) {
        return texts.joined(
                "plan.note.or",
                routines.stream()
                        .map(routine -> texts.get("plan.note.quoted", "id", routine.value()))
                        .toList());
    }

    private static String plain(List<RoutineId> routines) {
        return String.join(", ", routines.stream().map(RoutineId::value).toList());
    }
}
