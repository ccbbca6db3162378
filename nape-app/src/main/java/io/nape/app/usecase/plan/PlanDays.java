package io.nape.app.usecase.plan;

import io.nape.app.usecase.PersonRecords;
import io.nape.core.plan.Plan;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.Settings;
import java.time.LocalDate;

/**
 * Plan a range of days for a person: the one place a plan is made, so the command line, the pages,
 * the API and the reminders cannot make it two ways.
 */
public final class PlanDays {
    private PlanDays() {}

    /** The plan of the days from {@code from} to {@code to}, both included, under {@code settings}. */
    public static Plan of(PersonRecords records, Settings settings, LocalDate from, LocalDate to) {
        return new PlanEngine(records.routineLengths()).plan(settings, from, to);
    }
}
