package io.nape.core.plan;

import io.nape.core.catalogue.RoutineId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One thing a plan had to leave out, and why, as data: the edges word it in the person's language.
 *
 * @param kind what was left out
 * @param routines the routines it concerns: missing ones, lessons too long, or the desk routines absent
 * @param turn for the desk routines, those that do take turns (empty for the other kinds)
 * @param minutes for a lesson too long, the longest a lesson may last (0 for the other kinds)
 */
public record PlanNote(Kind kind, List<RoutineId> routines, List<RoutineId> turn, int minutes) {
    /** What a plan left out. */
    public enum Kind {
        /** Routines the catalogue lacks, so the plan leaves them out. */
        MISSING,
        /** Relaxation lessons longer than a lesson may last even at the gentle level. */
        LESSON_TOO_LONG,
        /** The catalogue has none of the desk routines: no micro-breaks. */
        NO_DESK_ROUTINE,
        /** The catalogue has one desk routine only: consecutive micro-breaks repeat it. */
        ONE_DESK_ROUTINE,
        /** Some desk routines are missing: the others take turns. */
        DESK_ROUTINES_MISSING
    }

    public PlanNote {
        Objects.requireNonNull(kind, "kind");
        routines = List.copyOf(routines);
        turn = List.copyOf(turn);
    }

    static PlanNote of(Kind kind, Collection<RoutineId> routines) {
        return new PlanNote(kind, List.copyOf(routines), List.of(), 0);
    }

    /** The note in English, for developers and tests; people read it from the bundles. */
    public String english() {
        return switch (kind) {
            case MISSING ->
                "The catalogue has no routine " + either(routines) + ", so the plan leaves "
                        + (routines.size() == 1 ? "it" : "them") + " out.";
            case LESSON_TOO_LONG ->
                "Relaxation lesson " + either(routines) + " lasts more than " + minutes
                        + " minutes even at level gentle, longer than a lesson may last, so the plan leaves "
                        + (routines.size() == 1 ? "it" : "them") + " out.";
            case NO_DESK_ROUTINE ->
                "The catalogue has none of the desk routines (" + plain(routines)
                        + "), so the plan has no micro-breaks.";
            case ONE_DESK_ROUTINE ->
                "The catalogue has only one desk routine, \"" + routines.get(0)
                        + "\", so consecutive micro-breaks repeat it.";
            case DESK_ROUTINES_MISSING ->
                "The catalogue has no desk routine " + either(routines) + ", so micro-breaks take turns among "
                        + plain(turn) + ".";
        };
    }

    /** Quoted ids joined as people write them: {@code "a"}, {@code "a" or "b"}, {@code "a", "b" or "c"}. */
    private static String either(List<RoutineId> ids) {
        List<String> quoted = ids.stream().map(routine -> "\"" + routine + "\"").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    private static String plain(List<RoutineId> ids) {
        return String.join(", ", ids.stream().map(RoutineId::value).toList());
    }
}
