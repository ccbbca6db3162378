package io.nape.app.usecase.plan;

import io.nape.core.plan.PlanEvent;

/** One event in the plan contract. */
public record PlanEventView(String at, String kind, String routine, int minutes) {
    public static PlanEventView of(PlanEvent event) {
        return new PlanEventView(
                event.atText(), event.kind().name(), event.routine().value(), event.minutes());
    }
}
