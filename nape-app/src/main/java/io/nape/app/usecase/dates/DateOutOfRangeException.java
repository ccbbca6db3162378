package io.nape.app.usecase.dates;

import io.nape.core.NapeException;

/** Thrown when a date is not a date, is too far from today, or a range is backwards or too long. */
public final class DateOutOfRangeException extends NapeException {
    private static final long serialVersionUID = 1L;

    DateOutOfRangeException(String message) {
        super(message);
    }
}
