package io.nape.core.plan;

import java.util.Locale;

/** Say what happened to a reminder; every change is kept as a {@link ReminderRecord}. */
public enum ReminderOutcome {
    /** The reminder was shown (again, after a snooze). */
    FIRED,
    /** The person asked to be reminded again in 5, 10 or 15 minutes. */
    SNOOZED,
    /** The person did the session. */
    DONE,
    /** The person chose not to do the session. */
    SKIPPED,
    /** It fell due while nothing ran (a suspend, a sleep) and a later reminder took its place. */
    MISSED,
    /** It fell due while reminders were paused. */
    SILENCED,
    /** It was shown, and a later reminder came before any answer. */
    UNANSWERED,
    /** A notifier failed to show it; the other notifiers and later reminders went on. */
    NOTIFIER_FAILED,
    /** A micro-break that fell due while the person was away long enough for that to be the break. */
    NATURAL_BREAK,
    /** It waited while the person was busy (do not disturb, full screen, a call) longer than they allow. */
    SKIPPED_BUSY;

    /** The name in files and JSON, such as {@code notifier-failed}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
