package io.nape.app.cli;

import io.nape.core.NapeException;

/** Thrown when a command's words are wrong (exit code 2), as opposed to a bad value (exit 1). */
public final class UsageException extends NapeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
