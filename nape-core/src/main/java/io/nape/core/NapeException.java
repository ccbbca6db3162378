package io.nape.core;

/** Signal a failure that Nape expects and can explain; the root of all Nape exceptions. */
public class NapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NapeException(String message) {
        super(message);
    }

    public NapeException(String message, Throwable cause) {
        super(message, cause);
    }
}
