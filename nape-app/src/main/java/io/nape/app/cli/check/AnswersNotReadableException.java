package io.nape.app.cli.check;

import io.nape.core.NapeException;

/** Thrown when the answers file is missing or cannot be read. */
final class AnswersNotReadableException extends NapeException {
    private static final long serialVersionUID = 1L;

    AnswersNotReadableException(String message) {
        super(message);
    }
}
