package io.nape.app.web.health;

import io.javalin.config.RoutesConfig;
import io.nape.app.web.WebFeature;

/**
 * Say that the server answers, without touching the database or the catalogue: the baseline that
 * {@code bench/run} compares the throughput of the real endpoints with.
 */
public final class HealthApi implements WebFeature {
    private static final String OK = "{\"status\":\"ok\"}";

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/health", ctx -> ctx.contentType("application/json").result(OK));
    }
}
