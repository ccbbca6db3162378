package io.nape.app.cli.start;

import io.nape.core.NapeException;

/** Say that the advice in force does not let this session start, why, and what to do instead. */
public final class SessionNotAllowedException extends NapeException {
    private static final long serialVersionUID = 1L;

    SessionNotAllowedException(String message) {
        super(message);
    }
}
