package io.nape.app.web;

import io.javalin.http.Context;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;

/** Add the headers that keep a local page to itself: no framing, no sniffing, no third parties. */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** Every response's headers but {@code Cache-Control}, which depends on the path. */
    static final Map<String, String> FIXED = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    private SecurityHeaders() {}

    static void add(Context ctx) {
        FIXED.forEach(ctx::header);
        ctx.header("Cache-Control", cacheControl(ctx.path()));
    }

    /** The same headers on a response Jetty writes itself, before or without Javalin. */
    static void add(HttpFields.Mutable fields, String path) {
        FIXED.forEach(fields::put);
        fields.put("Cache-Control", cacheControl(path));
    }

    private static String cacheControl(String path) {
        return path.startsWith("/static/") || path.startsWith("/webjars/") ? "max-age=3600" : "no-store";
    }
}
