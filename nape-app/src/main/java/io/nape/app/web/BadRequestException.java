package io.nape.app.web;

import io.nape.core.NapeException;

/** Say what is wrong with a request, in one sentence for the person; answered with 400. */
public final class BadRequestException extends NapeException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
