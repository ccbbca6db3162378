package io.nape.app.notify;

import io.nape.app.text.Texts;
import io.nape.app.usecase.plan.BreakText;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.Reminder;

/** The words a person reads of a reminder, in one language: its kind and its headline. */
public final class ReminderWords {
    private ReminderWords() {}

    /** A short name for the kind of event, such as "Micro-break". */
    public static String kind(Texts texts, EventKind kind) {
        return texts.get("reminder.kind." + kind.name());
    }

    /**
     * A headline short enough to read at a glance, such as "Micro-break: desk-b, 3 min", or for a
     * micro-break cut from the complex "Micro-break: exercise 4: 1 min 25 s".
     */
    public static String headline(Texts texts, Reminder reminder) {
        DeskBreak deskBreak = reminder.event().deskBreak();
        if (deskBreak != null) {
            return texts.get(
                    "reminder.headlineBreak",
                    "kind",
                    kind(texts, reminder.event().kind()),
                    "holds",
                    BreakText.of(deskBreak, texts));
        }
        return texts.get(
                "reminder.headline",
                "kind",
                kind(texts, reminder.event().kind()),
                "routine",
                reminder.event().routine().value(),
                "minutes",
                reminder.event().minutes());
    }
}
