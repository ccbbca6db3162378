package io.nape.core.diary;

import io.nape.core.NapeException;

/**
 * Thrown when a pain entry holds a value out of range; the message names the field and the value,
 * never the note's text.
 */
public final class InvalidPainEntryException extends NapeException {
    private static final long serialVersionUID = 1L;

    public InvalidPainEntryException(String message) {
        super(message);
    }
}
