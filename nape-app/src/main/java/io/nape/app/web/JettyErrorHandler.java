package io.nape.app.web;

import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answer what Jetty refuses before Javalin sees it (a header or address too long, a malformed or
 * ambiguous path, a body too large or too slow) as every other error: a problem document with the
 * security headers, in Nape's own sentence and the request's language (English where Jetty could
 * not read the request at all). Jetty's reason is never shown, since it may quote the address, and
 * neither is a stack trace or the server's version.
 */
final class JettyErrorHandler extends ErrorHandler {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        HttpFields.Mutable headers = response.getHeaders();
        headers.remove(HttpHeader.CONTENT_ENCODING);
        SecurityHeaders.add(headers, safePath(request));
        headers.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, body(Texts.of(language(request)), status), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.add(fields, "/");
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        return body(Texts.english(), status);
    }

    private static String safePath(Request request) {
        try {
            return Request.getPathInContext(request);
        } catch (RuntimeException notAPath) {
            return "/";
        }
    }

    /** The language of a request Javalin never saw: its cookie, else its Accept-Language, as {@link WebTexts}. */
    static Language language(Request request) {
        try {
            Optional<Language> chosen = Request.getCookies(request).stream()
                    .filter(cookie -> WebTexts.COOKIE.equals(cookie.getName()))
                    .map(HttpCookie::getValue)
                    .flatMap(value -> Language.parse(value).stream())
                    .findFirst();
            return chosen.orElseGet(
                    () -> Language.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)));
        } catch (RuntimeException unreadable) {
            return Language.ENGLISH;
        }
    }

    static ByteBuffer body(Texts texts, int status) {
        Problem problem = Problem.of(status, ErrorMapping.statusTitle(texts, status), detail(texts, status));
        return ByteBuffer.wrap(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
    }

    /** One sentence per status. */
    static String detail(Texts texts, int status) {
        return switch (status) {
            case 400 -> texts.get("problem.unreadable");
            case 408 -> texts.get("problem.tooSlow");
            case 413 -> texts.get("problem.bodyTooLarge", "kib", RequestLimits.MAX_BODY_BYTES / 1024);
            case 414 -> texts.get("problem.addressTooLong", "kib", RequestLimits.MAX_HEADER_BYTES / 1024);
            case 431 -> texts.get("problem.headersTooLarge", "kib", RequestLimits.MAX_HEADER_BYTES / 1024);
            case 404 -> texts.get(ErrorMapping.NOTHING_HERE);
            case 405 -> texts.get("problem.methodNotAllowed");
            case 500 -> texts.get("problem.internal");
            default -> texts.get("problem.refusedOther", "title", ErrorMapping.statusTitle(texts, status));
        };
    }
}
