package io.nape.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answer what Jetty refuses before Javalin sees it (a header or address too long, a malformed or
 * ambiguous path, a body too large or too slow) as every other error: a problem document with the
 * security headers, in Nape's own sentence. Jetty's reason is never shown, since it may quote the
 * address, and neither is a stack trace or the server's version.
 */
final class JettyErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        HttpFields.Mutable headers = response.getHeaders();
        headers.remove(HttpHeader.CONTENT_ENCODING);
        SecurityHeaders.add(headers, safePath(request));
        headers.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, body(status), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.add(fields, "/");
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        return body(status);
    }

    private static String safePath(Request request) {
        try {
            return Request.getPathInContext(request);
        } catch (RuntimeException notAPath) {
            return "/";
        }
    }

    static ByteBuffer body(int status) {
        String title = HttpStatus.getMessage(status);
        String json = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail(status) + "\"}";
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }

    /** One sentence per status, with no quotes or backslashes, so it needs no escaping in JSON. */
    static String detail(int status) {
        return switch (status) {
            case 400 -> "Nape cannot read this request (a malformed address, header or body); check the address.";
            case 408 -> "The request came too slowly, so Nape stopped waiting for it; send it again.";
            case 413 ->
                "The request body is larger than " + RequestLimits.MAX_BODY_BYTES / 1024
                        + " KiB, the most Nape reads; send less.";
            case 414 ->
                "The address is longer than " + RequestLimits.MAX_HEADER_BYTES / 1024
                        + " KiB, the most Nape reads; use a shorter one.";
            case 431 ->
                "The request headers are larger than " + RequestLimits.MAX_HEADER_BYTES / 1024
                        + " KiB, the most Nape reads; send fewer or shorter ones.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take this method.";
            case 500 -> "Something went wrong inside Nape; the details are in its log.";
            default -> "Nape refused this request (" + HttpStatus.getMessage(status) + ").";
        };
    }
}
