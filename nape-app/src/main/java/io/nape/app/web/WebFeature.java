package io.nape.app.web;

import io.javalin.config.RoutesConfig;

/** One use case on the web: its pages and API routes, registered at start-up. */
public interface WebFeature {
    void register(RoutesConfig routes);
}
