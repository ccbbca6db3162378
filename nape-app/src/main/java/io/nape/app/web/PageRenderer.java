package io.nape.app.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Render a precompiled page template into the response as HTML. */
public final class PageRenderer {
    private static final TemplateEngine TEMPLATES = WebServer.templates();

    private PageRenderer() {}

    /**
     * Render {@code template} (such as {@code today/today.jte}) with its parameters by name, and the
     * texts in the request's language as {@code t}.
     */
    public static void render(Context ctx, String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        Map<String, Object> withTexts = new HashMap<>(params);
        withTexts.putIfAbsent("t", WebTexts.of(ctx));
        TEMPLATES.render(template, withTexts, output);
        ctx.html(output.toString());
    }

    /** Whether the request came from htmx, which swaps a part of the page. */
    public static boolean fromHtmx(Context ctx) {
        return "true".equals(ctx.header("HX-Request"));
    }
}
