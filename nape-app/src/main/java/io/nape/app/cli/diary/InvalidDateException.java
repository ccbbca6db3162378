package io.nape.app.cli.diary;

import io.nape.core.NapeException;

/** Thrown when a date option is not a date, or a range ends before it starts. */
final class InvalidDateException extends NapeException {
    private static final long serialVersionUID = 1L;

    InvalidDateException(String message) {
        super(message);
    }
}
