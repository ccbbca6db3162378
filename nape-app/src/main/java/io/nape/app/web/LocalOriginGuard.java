package io.nape.app.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Keep other web pages away from a server on the person's own computer. Any page the person opens
 * can send requests to 127.0.0.1: a Host that is not the loopback name and port is refused (so DNS
 * rebinding reaches nothing), and a state-changing request whose Origin is not Nape's own, or that a
 * browser marks as cross-site, is refused before it changes anything.
 */
final class LocalOriginGuard {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IntSupplier port;

    /** A guard for the port the server listens on, known once it has started. */
    LocalOriginGuard(IntSupplier port) {
        this.port = port;
    }

    void check(Context ctx) {
        int listening = port.getAsInt();
        Set<String> hosts = Set.of("127.0.0.1:" + listening, "localhost:" + listening, "[::1]:" + listening);
        Set<String> origins =
                Set.of("http://127.0.0.1:" + listening, "http://localhost:" + listening, "http://[::1]:" + listening);
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new ForbiddenResponse(
                    WebTexts.of(ctx).get("problem.otherHost", "address", "http://127.0.0.1:" + listening + "/"));
        }
        if (SAFE_METHODS.contains(ctx.method().name())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origins.contains(origin.toLowerCase(Locale.ROOT))) {
            throw new ForbiddenResponse(WebTexts.of(ctx).get("problem.otherSite"));
        }
        if ("cross-site".equals(header(ctx, "Sec-Fetch-Site"))) {
            throw new ForbiddenResponse(WebTexts.of(ctx).get("problem.otherSite"));
        }
    }

    private static @Nullable String header(Context ctx, String name) {
        String value = ctx.header(name);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
