package io.nape.core.plan;

import io.nape.core.NapeException;

/** Thrown when settings do not fit together; the message names the key and the values allowed. */
public final class InvalidSettingsException extends NapeException {
    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(String message) {
        super(message);
    }
}
