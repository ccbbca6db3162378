package io.nape.app.web.openapi;

import io.javalin.config.RoutesConfig;
import io.nape.app.web.WebFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Serve the OpenAPI document of the JSON API, written by hand and kept in the jar. */
public final class OpenApiDocument implements WebFeature {
    /** Where the document is on the class path. */
    public static final String RESOURCE = "/web/openapi.json";

    private final byte[] document;

    public OpenApiDocument() {
        try (InputStream in = Objects.requireNonNull(
                OpenApiDocument.class.getResourceAsStream(RESOURCE), "the OpenAPI document is missing from the jar")) {
            this.document = in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/api/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    }
}
