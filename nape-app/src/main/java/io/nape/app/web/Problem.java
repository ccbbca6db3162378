package io.nape.app.web;

/**
 * An error as {@code application/problem+json} (RFC 9457): a short title, the status, and one
 * sentence that says what is wrong and what to do.
 */
public record Problem(String type, String title, int status, String detail) {
    public static final String CONTENT_TYPE = "application/problem+json";

    static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
