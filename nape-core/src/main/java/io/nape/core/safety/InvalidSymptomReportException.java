package io.nape.core.safety;

import io.nape.core.NapeException;

/** Thrown when a symptom report holds a value out of range; the message names the field and value. */
public final class InvalidSymptomReportException extends NapeException {
    private static final long serialVersionUID = 1L;

    public InvalidSymptomReportException(String message) {
        super(message);
    }
}
