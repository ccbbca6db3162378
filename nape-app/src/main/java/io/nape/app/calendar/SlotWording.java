package io.nape.app.calendar;

import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.RelaxationCourse;
import java.util.List;

/**
 * Say what a slot is in a calendar: its title, its description and the text of its reminder. Plain
 * ASCII, so that every folded line of the file stays within 75 octets.
 */
final class SlotWording {
    private SlotWording() {}

    /** The event's title, such as {@code Morning session} or {@code Relaxation lesson 3}. */
    static String summary(RecurringSlot slot) {
        if (slot.kind() == EventKind.RELAXATION) {
            return "Relaxation lesson " + slot.number();
        }
        return slot.kind().label();
    }

    static String description(RecurringSlot slot) {
        RoutineId routine = slot.routines().get(0);
        String about =
                switch (slot.kind()) {
                    case MORNING -> "The whole isometric neck complex to start the day.";
                    case EVENING -> "The whole isometric neck complex to end the day.";
                    case STRETCH ->
                        "Stretch and strengthen on the edge of the chair, back straight,"
                                + " shoulders down. Stop at once if anything hurts.";
                    case RELAXATION ->
                        "Progressive relaxation, lesson " + slot.number() + " of "
                                + RelaxationCourse.LESSONS + ": tense, then let go; no pain while tensing. "
                                + (slot.number() < RelaxationCourse.LESSONS
                                        ? "A new lesson every " + RelaxationCourse.DAYS_PER_LESSON + " days."
                                        : "The last lesson, kept as daily practice.");
                    case MICRO_BREAK ->
                        slot.routines().size() == 1
                                ? "A short group of exercises at your desk: " + routine.value() + "."
                                : "A short group of exercises at your desk. The routine takes turns among "
                                        + either(slot.routines()) + ", so two breaks in a row never repeat one;"
                                        + " ./nape plan shows which one comes when.";
                };
        String length = (slot.kind() == EventKind.MICRO_BREAK ? " Up to " : " About ") + slot.minutes() + " min.";
        String start = slot.kind() == EventKind.MICRO_BREAK
                ? ""
                : " Start it with: ./nape start " + routine.value() + levelOption(slot.level());
        return about + length + start;
    }

    /** What the reminder says when it goes off. */
    static String alarm(RecurringSlot slot) {
        String length = slot.kind() == EventKind.MICRO_BREAK ? "" : ", " + slot.minutes() + " min";
        return "Nape: " + summary(slot) + length;
    }

    private static String levelOption(DosageLevel level) {
        return level == DosageLevel.STANDARD ? "" : " --level " + level.key();
    }

    private static String either(List<RoutineId> routines) {
        List<String> ids = routines.stream().map(RoutineId::value).toList();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }
}
