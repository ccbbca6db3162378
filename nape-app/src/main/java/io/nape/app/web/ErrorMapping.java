package io.nape.app.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.nape.app.text.Texts;
import io.nape.app.web.session.SessionRefusedException;
import io.nape.core.NapeException;
import io.nape.core.catalogue.ExerciseNotFoundException;
import io.nape.core.catalogue.RoutineNotFoundException;
import io.nape.store.persistence.DamagedDatabaseException;
import io.nape.store.persistence.DatabaseLockedException;
import io.nape.store.persistence.MissingDatabaseException;
import io.nape.store.persistence.StorageException;
import io.nape.store.persistence.StorageFullException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turn every failure into a problem document (or, for a browser asking for a page, the same words
 * as a page), in one place and in the request's language: what the person got wrong is 400, an
 * unknown id 404, a fault of the disk or the data file 503 while it can pass (disk full, file held
 * by another program) and 500 when it needs the person (damaged, missing, unreadable), and a fault
 * of Nape's own 500 (logged once, without request data).
 */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** The answer to an address with nothing at it; the address is not repeated, since a person may have typed it. */
    static final String NOTHING_HERE = "problem.nothingHere";

    private ErrorMapping() {}

    static void register(RoutesConfig routes) {
        routes.exception(
                RoutineNotFoundException.class,
                (failure, ctx) -> notFound(ctx, "problem.noRoutine", "GET /api/routines"));
        routes.exception(
                ExerciseNotFoundException.class,
                (failure, ctx) -> notFound(ctx, "problem.noExercise", "GET /api/exercises"));
        routes.exception(
                SessionRefusedException.class, (failure, ctx) -> answer(ctx, 403, "problem.title.refused", failure));
        routes.exception(StorageException.class, ErrorMapping::storageFault);
        routes.exception(NapeException.class, (failure, ctx) -> answer(ctx, 400, "problem.title.400", failure));
        routes.exception(HttpResponseException.class, (failure, ctx) -> {
            int status = failure.getStatus();
            Texts texts = WebTexts.of(ctx);
            String title = statusTitle(texts, status);
            String message = failure.getMessage();
            String detail = status == 404 ? texts.get(NOTHING_HERE) : message == null ? title : message;
            problem(ctx, status, title, detail);
        });
        routes.exception(Exception.class, (failure, ctx) -> {
            StorageException wrapped = storageFaultIn(failure);
            if (wrapped != null) {
                storageFault(wrapped, ctx);
                return;
            }
            // The method only, never the path: a path may carry what a person typed.
            LOG.error("A {} request failed", ctx.method(), failure);
            Texts texts = WebTexts.of(ctx);
            problem(ctx, 500, texts.get("problem.title.500"), texts.get("problem.internal"));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Texts texts = WebTexts.of(ctx);
                problem(ctx, 404, texts.get("problem.title.404"), texts.get(NOTHING_HERE));
            }
        });
        routes.error(405, ctx -> {
            Texts texts = WebTexts.of(ctx);
            problem(ctx, 405, texts.get("problem.title.405"), texts.get("problem.methodNotAllowed"));
        });
    }

    /**
     * The disk full or the data file held by another program: 503, since it passes; the data file
     * damaged, missing or unreadable: 500, since only the person can mend it. Either way the answer
     * says what happened and what to do, and the fault is logged once per episode (one warning with
     * its trace when it begins, nothing for each request while it lasts).
     */
    private static void storageFault(StorageException failure, Context ctx) {
        int status = failure.passes() ? 503 : 500;
        if (failure.firstOfEpisode()) {
            LOG.warn("{}: answering {} until it is resolved", failure.getClass().getSimpleName(), status, failure);
        }
        Texts texts = WebTexts.of(ctx);
        String title = texts.get(storageTitle(failure));
        String detail = texts.explain(failure);
        SecurityHeaders.add(ctx);
        if (failure.passes()) {
            ctx.header("Retry-After", "60");
        }
        if (wantsPage(ctx)) {
            ctx.status(status);
            String hint = texts.get(
                    failure.passes()
                            ? "problem.fault.passes"
                            : failure instanceof DamagedDatabaseException || failure instanceof MissingDatabaseException
                                    ? "problem.fault.command"
                                    : "problem.fault.restart");
            PageRenderer.render(
                    ctx,
                    "fault.jte",
                    Map.of("title", title, "detail", detail, "passes", failure.passes(), "hint", hint));
            return;
        }
        json(ctx, status, title, detail);
    }

    /** A fault of the disk or the data file that comes wrapped in another failure. */
    private static @Nullable StorageException storageFaultIn(Throwable failure) {
        for (Throwable cause = failure.getCause();
                cause != null;
                cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StorageException storage) {
                return storage;
            }
        }
        return null;
    }

    private static String storageTitle(StorageException failure) {
        if (failure instanceof StorageFullException) {
            return "problem.title.diskFull";
        }
        if (failure instanceof DatabaseLockedException) {
            return "problem.title.locked";
        }
        if (failure instanceof DamagedDatabaseException) {
            return "problem.title.damaged";
        }
        if (failure instanceof MissingDatabaseException) {
            return "problem.title.missing";
        }
        return "problem.title.unavailable";
    }

    /** The short title of a status, in the request's language; the status's own name where Nape has none. */
    static String statusTitle(Texts texts, int status) {
        String key = "problem.title." + status;
        return texts.has(key) ? texts.get(key) : org.eclipse.jetty.http.HttpStatus.getMessage(status);
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

    private static void answer(Context ctx, int status, String titleKey, Exception failure) {
        Texts texts = WebTexts.of(ctx);
        problem(ctx, status, texts.get(titleKey), texts.explain(failure));
    }

    /** The message of an unknown id quotes it and speaks of the command line; the web says neither. */
    private static void notFound(Context ctx, String detailKey, String list) {
        Texts texts = WebTexts.of(ctx);
        String detail = wantsPage(ctx) ? texts.get(NOTHING_HERE) : texts.get(detailKey, "list", list);
        problem(ctx, 404, texts.get("problem.title.404"), detail);
    }

    static void problem(Context ctx, int status, String title, String detail) {
        SecurityHeaders.add(ctx);
        if (wantsPage(ctx)) {
            ctx.status(status);
            PageRenderer.render(ctx, "error.jte", Map.of("title", title, "detail", detail));
            return;
        }
        json(ctx, status, title, detail);
    }

    /** The problem document in UTF-8, which JSON is without a charset parameter. */
    private static void json(Context ctx, int status, String title, String detail) {
        ctx.status(status)
                .contentType(Problem.CONTENT_TYPE)
                .result(ctx.jsonMapper()
                        .toJsonString(Problem.of(status, title, detail), Problem.class)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
