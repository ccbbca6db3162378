package io.nape.app.usecase.check;

import io.nape.core.NapeException;

/** Thrown when the answers given to the check are not what it expects; the message says what to fix. */
final class InvalidAnswersException extends NapeException {
    private static final long serialVersionUID = 1L;

    InvalidAnswersException(String message) {
        super(message);
    }
}
