package io.nape.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.nape.app.web.session.SessionRefusedException;
import io.nape.core.NapeException;
import io.nape.core.catalogue.ExerciseNotFoundException;
import io.nape.core.catalogue.RoutineNotFoundException;
import io.nape.store.persistence.DatabaseUnavailableException;
import io.nape.store.persistence.StorageException;
import io.nape.store.persistence.StorageFullException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turn every failure into a problem document (or, for a browser asking for a page, the same words
 * as a page), in one place: what the person got wrong is 400, an
 * unknown id 404, the database out of reach 503, and only a fault of Nape's own 500 (logged once,
 * without request data).
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** The answer to an address with nothing at it; the address is not repeated, since a person may have typed it. */
    static final String NOTHING_HERE = "There is nothing at this address.";

    private static final String INTERNAL = "Something went wrong inside Nape; the details are in its log.";
    private static final String WRONG_METHOD = "This address does not take this method.";

    /** The problem titles as a page says them: {@code errorpage.title.} and the title's words. */
    private static final Map<String, String> PAGE_TITLES = Map.ofEntries(
            Map.entry("Not found", "errorpage.title.notFound"),
            Map.entry("Not Found", "errorpage.title.notFound"),
            Map.entry("Bad Request", "errorpage.title.badRequest"),
            Map.entry("Method Not Allowed", "errorpage.title.method"),
            Map.entry("Database unavailable", "errorpage.title.database"),
            Map.entry("Not allowed by your last check", "errorpage.title.refused"),
            Map.entry("Disk full", "errorpage.title.diskFull"),
            Map.entry("Data file unavailable", "errorpage.title.dataFile"),
            Map.entry("Bad request", "errorpage.title.badRequest"),
            Map.entry("Internal error", "errorpage.title.internal"),
            Map.entry("Method not allowed", "errorpage.title.method"));
    /** The details this class words itself, as a page says them. */
    private static final Map<String, String> PAGE_DETAILS = Map.of(
            NOTHING_HERE, "errorpage.nothingHere",
            INTERNAL, "errorpage.internal",
            WRONG_METHOD, "errorpage.method");

    private ErrorMapping() {}

    /** The error as a page, in the request's language; a title without a text of its own stays as it is. */
    private static void page(Context ctx, int status, String title, String detail) {
        SecurityHeaders.add(ctx);
        io.nape.app.text.Texts t = WebTexts.of(ctx);
        String key = PAGE_TITLES.get(title);
        ctx.status(status);
        PageRenderer.render(ctx, "error.jte", Map.of("title", key == null ? title : t.get(key), "detail", detail));
    }

    static void register(RoutesConfig routes) {
        routes.exception(
                RoutineNotFoundException.class,
                (failure, ctx) -> notFound(ctx, "There is no routine with this id; GET /api/routines lists them."));
        routes.exception(
                ExerciseNotFoundException.class,
                (failure, ctx) -> notFound(ctx, "There is no exercise with this id; GET /api/exercises lists them."));
        routes.exception(
                DatabaseUnavailableException.class,
                (failure, ctx) -> answer(ctx, 503, "Database unavailable", failure));
        routes.exception(
                SessionRefusedException.class,
                (failure, ctx) -> answer(ctx, 403, "Not allowed by your last check", failure));
        registerStorageFaults(routes);
        routes.exception(NapeException.class, (failure, ctx) -> answer(ctx, 400, "Bad request", failure));
        routes.exception(io.javalin.http.HttpResponseException.class, (failure, ctx) -> {
            int status = failure.getStatus();
            String detail = status == 404 ? NOTHING_HERE : failure.getMessage();
            problem(ctx, status, HttpStatus.forStatus(status).getMessage(), detail);
        });
        routes.exception(Exception.class, (failure, ctx) -> {
            // The method only, never the path: a path may carry what a person typed.
            LOG.error("A {} request failed", ctx.method(), failure);
            problem(ctx, 500, "Internal error", INTERNAL);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                problem(ctx, 404, "Not found", NOTHING_HERE);
            }
        });
        routes.error(405, ctx -> problem(ctx, 405, "Method not allowed", WRONG_METHOD));
    }

    /**
     * The disk full, the data file damaged or missing: 503 with what to do, logged once per episode
     * (one warning with its trace when the fault begins, nothing for each request while it lasts).
     */
    private static void registerStorageFaults(RoutesConfig routes) {
        routes.exception(StorageException.class, (failure, ctx) -> {
            String title = failure instanceof StorageFullException ? "Disk full" : "Data file unavailable";
            if (failure.firstOfEpisode()) {
                LOG.warn("{}: answering 503 until it is resolved", title, failure);
            }
            answer(ctx, 503, title, failure);
        });
    }

    /** A browser asking for a page (not the API, a file or the calendar) gets the error as a page. */
    private static boolean wantsPage(Context ctx) {
        String path = ctx.path();
        String accept = ctx.header("Accept");
        return accept != null
                && accept.contains("text/html")
                && !path.startsWith("/api/")
                && !path.startsWith("/static/")
                && !path.startsWith("/webjars/")
                && !path.endsWith(".ics");
    }

    private static void answer(Context ctx, int status, String title, Exception failure) {
        if (wantsPage(ctx)) {
            page(ctx, status, title, WebTexts.of(ctx).explain(failure));
            return;
        }
        problem(ctx, status, title, failure.getMessage());
    }

    /** The message of an unknown id quotes it and speaks of the command line; the web says neither. */
    private static void notFound(Context ctx, String detail) {
        problem(ctx, 404, "Not found", wantsPage(ctx) ? NOTHING_HERE : detail);
    }

    static void problem(Context ctx, int status, String title, String detail) {
        if (wantsPage(ctx)) {
            page(
                    ctx,
                    status,
                    title,
                    PAGE_DETAILS.containsKey(detail) ? WebTexts.of(ctx).get(PAGE_DETAILS.get(detail)) : detail);
            return;
        }
        SecurityHeaders.add(ctx);
        ctx.status(status)
                .contentType(Problem.CONTENT_TYPE)
                .result(ctx.jsonMapper().toJsonString(Problem.of(status, title, detail), Problem.class));
    }
}
