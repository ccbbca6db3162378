package io.nape.app.notify;

import io.nape.core.plan.SnoozeLength;

/** What the person answers to the open reminder, or asks of the loop. */
public sealed interface ReminderCommand {
    /** Do the session now. */
    record Done() implements ReminderCommand {}

    /** Remind again in 5, 10 or 15 minutes. */
    record Snooze(SnoozeLength length) implements ReminderCommand {}

    /** Not this time. */
    record Skip() implements ReminderCommand {}

    /** End the loop. */
    record Stop() implements ReminderCommand {}

    /** Look again now: where the person is, or the stored settings, may have changed. */
    record Wake() implements ReminderCommand {}
}
