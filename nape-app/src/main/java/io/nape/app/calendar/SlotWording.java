package io.nape.app.calendar;

import io.nape.app.text.Texts;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.RelaxationCourse;
import java.util.List;

/**
 * Say what a slot is in a calendar, in the run's language: its title, its description and the text
 * of its reminder. Routines are named by their ids, since those are what {@code ./nape start} takes.
 */
final class SlotWording {
    private final Texts texts;

    SlotWording(Texts texts) {
        this.texts = texts;
    }

    /** The event's title, such as {@code Morning session} or {@code Relaxation lesson 3}. */
    String summary(RecurringSlot slot) {
        if (slot.kind() == EventKind.RELAXATION) {
            return texts.get("calendar.relaxationSummary", "number", slot.number());
        }
        return texts.get("event.kind." + slot.kind().name());
    }

    String description(RecurringSlot slot) {
        String about = about(slot);
        String length = slot.kind() == EventKind.MICRO_BREAK
                ? texts.get("calendar.upTo", "minutes", slot.minutes())
                : texts.get("calendar.lasts", "minutes", slot.minutes());
        if (slot.kind() == EventKind.MICRO_BREAK) {
            return about + " " + length;
        }
        String command = "./nape start " + slot.routines().get(0).value() + levelOption(slot.level());
        return about + " " + length + " " + texts.get("calendar.startWith", "command", command);
    }

    private String about(RecurringSlot slot) {
        String key = "calendar.about." + slot.kind().name();
        switch (slot.kind()) {
            case RELAXATION:
                String lesson = texts.get(key, "number", slot.number(), "lessons", RelaxationCourse.LESSONS);
                String next = slot.number() < RelaxationCourse.LESSONS
                        ? texts.get("calendar.nextLesson", "days", RelaxationCourse.DAYS_PER_LESSON)
                        : texts.get("calendar.lastLesson");
                return lesson + " " + next;
            case MICRO_BREAK:
                if (slot.routines().equals(List.of(PlanEngine.DESK_BREAK))) {
                    return texts.get("calendar.deskBreak", "command", "./nape start --break");
                }
                return slot.routines().size() == 1
                        ? texts.get(key, "routine", slot.routines().get(0).value())
                        : texts.get("calendar.microBreakTurns", "routines", either(slot.routines()));
            default:
                return texts.get(key);
        }
    }

    /** What the reminder says when it goes off. */
    String alarm(RecurringSlot slot) {
        return slot.kind() == EventKind.MICRO_BREAK
                ? texts.get("calendar.alarm", "summary", summary(slot))
                : texts.get("calendar.alarmLasts", "summary", summary(slot), "minutes", slot.minutes());
    }

    private static String levelOption(DosageLevel level) {
        return level == DosageLevel.STANDARD ? "" : " --level " + level.key();
    }

    private String either(List<RoutineId> routines) {
        return texts.joined(
                "calendar.lastOfList", routines.stream().map(RoutineId::value).toList());
    }
}
