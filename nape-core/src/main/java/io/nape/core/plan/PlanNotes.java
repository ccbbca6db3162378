package io.nape.core.plan;

import io.nape.core.catalogue.RoutineId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Gather what a plan had to leave out, and say it in as few sentences as it takes. */
final class PlanNotes {
    private final Set<RoutineId> missing = new LinkedHashSet<>();
    private final Set<RoutineId> tooLong = new LinkedHashSet<>();
    private final List<String> desk = new ArrayList<>();

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
            desk.add("The catalogue has none of the desk routines (" + plain(PlanEngine.DESK_ROUTINES)
                    + "), so the plan has no micro-breaks.");
        } else if (turn.size() == 1) {
            desk.add("The catalogue has only one desk routine, \"" + turn.get(0)
                    + "\", so consecutive micro-breaks repeat it.");
        } else if (!absent.isEmpty()) {
            desk.add("The catalogue has no desk routine " + either(absent) + ", so micro-breaks take turns among "
                    + plain(turn) + ".");
        }
    }

    List<String> sentences() {
        List<String> notes = new ArrayList<>();
        if (!missing.isEmpty()) {
            notes.add("The catalogue has no routine " + either(missing) + ", so the plan leaves "
                    + (missing.size() == 1 ? "it" : "them") + " out.");
        }
        if (!tooLong.isEmpty()) {
            notes.add("Relaxation lesson " + either(tooLong) + " lasts more than "
                    + RelaxationCourse.LONGEST_LESSON.toMinutes()
                    + " minutes even at level gentle, longer than a lesson"
                    + " may last, so the plan leaves " + (tooLong.size() == 1 ? "it" : "them") + " out.");
        }
        notes.addAll(desk);
        return notes;
    }

    /** Quoted ids joined as people write them: {@code "a"}, {@code "a" or "b"}, {@code "a", "b" or "c"}. */
    private static String either(Collection<RoutineId> routines) {
        List<String> quoted =
                routines.stream().map(routine -> "\"" + routine + "\"").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    private static String plain(List<RoutineId> routines) {
        return String.join(", ", routines.stream().map(RoutineId::value).toList());
    }
}
