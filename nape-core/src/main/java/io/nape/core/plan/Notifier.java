package io.nape.core.plan;

/** Show a reminder to the person: a desktop notification, a terminal bell, a web push. */
public interface Notifier {
    /** Show the reminder; may throw, which the schedule records and gets over. */
    void show(Reminder reminder);

    /** A name for records, such as {@code desktop}. */
    default String name() {
        return getClass().getSimpleName();
    }
}
