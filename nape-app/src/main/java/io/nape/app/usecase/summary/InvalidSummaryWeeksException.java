package io.nape.app.usecase.summary;

import io.nape.core.NapeException;

/** A summary was asked for a number of weeks it does not cover. */
public final class InvalidSummaryWeeksException extends NapeException {
    private static final long serialVersionUID = 1L;

    InvalidSummaryWeeksException(String given) {
        super("weeks must be 4 or 12, was " + given);
        withText("summary.badWeeks", "value", given);
    }
}
