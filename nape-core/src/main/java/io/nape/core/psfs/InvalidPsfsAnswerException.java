package io.nape.core.psfs;

import io.nape.core.NapeException;

/**
 * Thrown when a PSFS answer or rating breaks a rule; the message names the field and the value, never
 * the activity's words, and {@link #textKey()} names the text a person reads.
 */
public final class InvalidPsfsAnswerException extends NapeException {
    private static final long serialVersionUID = 1L;

    public InvalidPsfsAnswerException(String message) {
        super(message);
    }

    /** The exception with {@code message} for developers and the text {@code key} for people. */
    static InvalidPsfsAnswerException of(String message, String key, Object... namesAndValues) {
        InvalidPsfsAnswerException exception = new InvalidPsfsAnswerException(message);
        exception.withText(key, namesAndValues);
        return exception;
    }
}
