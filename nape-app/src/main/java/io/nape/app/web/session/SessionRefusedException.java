package io.nape.app.web.session;

import io.nape.core.NapeException;

/** Say that the advice in force does not let a session start, why, and what to do instead (403). */
public final class SessionRefusedException extends NapeException {
    private static final long serialVersionUID = 1L;

    public SessionRefusedException(String message) {
        super(message);
    }
}
