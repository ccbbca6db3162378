package io.nape.app.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Read every request body whole before a thread is given to the request, within a size and a time.
 * Jetty reads the body as it arrives without holding a thread (each piece wakes a short callback);
 * only a complete body goes on to Javalin, which then reads it from memory. So a connection that
 * announces a body and sends it slowly, or never, holds no thread: it costs at most {@link
 * #MAX_BODY_BYTES} of memory until {@link #BODY_SILENCE} without a byte or {@link #BODY_TIME} in
 * all, after which it is answered 408 and closed. A body announced or found larger than {@link
 * #MAX_BODY_BYTES} is answered 413 without reading the rest.
 */
final class RequestLimits extends Handler.Wrapper {
    /**
     * The largest request body, in bytes: the largest Nape takes (a session log with every exercise
     * of the longest routine) is under 8 KiB.
     */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** The largest request line or header block, in bytes (Jetty's own default, written down). */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    /** How long a body may pause between two pieces: a browser on the same computer never pauses. */
    static final Duration BODY_SILENCE = Duration.ofSeconds(5);

    /** How long a whole body may take to arrive, however it trickles. */
    static final Duration BODY_TIME = Duration.ofSeconds(15);

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean chunked = length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length == 0 || (length < 0 && !chunked)) {
            return super.handle(request, response, callback);
        }
        if (length > MAX_BODY_BYTES) {
            Response.writeError(request, response, callback, 413);
            return true;
        }
        new BodyReader(request, response, callback).start();
        return true;
    }

    /** Gathers one body without blocking, then hands the request on with the body in memory. */
    private final class BodyReader implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final long deadline = System.nanoTime() + BODY_TIME.toNanos();
        private final EndPoint endPoint;
        private final long idleTimeout;

        BodyReader(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
            this.idleTimeout = endPoint.getIdleTimeout();
        }

        void start() {
            endPoint.setIdleTimeout(BODY_SILENCE.toMillis());
            run();
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    if (System.nanoTime() - deadline > 0) {
                        refuse(408);
                        return;
                    }
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    refuse(chunk.getFailure() instanceof TimeoutException ? 408 : 400);
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                int size = bytes.remaining();
                if (body.size() + size > MAX_BODY_BYTES) {
                    chunk.release();
                    refuse(413);
                    return;
                }
                byte[] piece = new byte[size];
                bytes.get(piece);
                body.write(piece, 0, size);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    endPoint.setIdleTimeout(idleTimeout);
                    handOn();
                    return;
                }
                if (System.nanoTime() - deadline > 0) {
                    refuse(408);
                    return;
                }
            }
        }

        private void refuse(int status) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(request, response, callback, status);
        }

        private void handOn() {
            Request whole =
                    new WholeBodyRequest(request, new ByteBufferContentSource(ByteBuffer.wrap(body.toByteArray())));
            try {
                if (!RequestLimits.super.handle(whole, response, callback)) {
                    Response.writeError(whole, response, callback, 404);
                }
            } catch (Exception failure) {
                Response.writeError(whole, response, callback, failure);
            }
        }
    }

    /** The request with its body already read, served from memory. */
    private static final class WholeBodyRequest extends Request.Wrapper {
        private final ByteBufferContentSource content;

        WholeBodyRequest(Request request, ByteBufferContentSource content) {
            super(request);
            this.content = content;
        }

        @Override
        public Content.Chunk read() {
            return content.read();
        }

        @Override
        public void demand(Runnable demandCallback) {
            content.demand(demandCallback);
        }

        @Override
        public void fail(Throwable failure) {
            content.fail(failure);
        }

        @Override
        public boolean consumeAvailable() {
            while (true) {
                Content.Chunk chunk = content.read();
                if (chunk == null || chunk.isLast()) {
                    if (chunk != null) {
                        chunk.release();
                    }
                    return true;
                }
                chunk.release();
            }
        }
    }
}
