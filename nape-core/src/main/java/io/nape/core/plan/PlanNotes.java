package io.nape.core.plan;

import io.nape.core.catalogue.RoutineId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Gather what a plan had to leave out, in as few notes as it takes. */
final class PlanNotes {
    private final Set<RoutineId> missing = new LinkedHashSet<>();
    private final Set<RoutineId> tooLong = new LinkedHashSet<>();
    private final List<PlanNote> desk = new ArrayList<>();

    void add(DayPlanner.DaySessions day) {
        missing.addAll(day.missing());
        tooLong.addAll(day.tooLong());
    }

    /** Note the desk routines left out of the rotation, given the ones that take turns. */
    void deskRoutines(List<RoutineId> turn) {
        List<RoutineId> absent = PlanEngine.DESK_ROUTINES.stream()
                .filter(routine -> !turn.contains(routine))
                .toList();
        if (turn.isEmpty()) {
            desk.add(PlanNote.of(PlanNote.Kind.NO_DESK_ROUTINE, PlanEngine.DESK_ROUTINES));
        } else if (turn.size() == 1) {
            desk.add(PlanNote.of(PlanNote.Kind.ONE_DESK_ROUTINE, turn));
        } else if (!absent.isEmpty()) {
            desk.add(new PlanNote(PlanNote.Kind.DESK_ROUTINES_MISSING, absent, turn, 0));
        }
    }

    List<PlanNote> notes() {
        List<PlanNote> notes = new ArrayList<>();
        if (!missing.isEmpty()) {
            notes.add(PlanNote.of(PlanNote.Kind.MISSING, missing));
        }
        if (!tooLong.isEmpty()) {
            notes.add(new PlanNote(PlanNote.Kind.LESSON_TOO_LONG, List.copyOf(tooLong), List.of(), (int)
                    RelaxationCourse.LONGEST_LESSON.toMinutes()));
        }
        notes.addAll(desk);
        return notes;
    }
}
