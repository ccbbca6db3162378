package io.nape.app.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Send bytes that a well-behaved HTTP client would not, and read the answer as it comes. */
final class RawHttp {
    private RawHttp() {}

    /** One answer: its status line's code, its header block and its body, as text. */
    record Answer(int status, String head, String body, long millis) {
        boolean hasHeader(String name) {
            return head.toLowerCase(Locale.ROOT).contains("\r\n" + name.toLowerCase(Locale.ROOT) + ":");
        }
    }

    /** Send {@code request} on a new connection and read until the server closes it (at most 10 s). */
    static Answer exchange(int port, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            long start = System.nanoTime();
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            String text = readAll(socket.getInputStream());
            long millis = (System.nanoTime() - start) / 1_000_000;
            return parse(text, millis);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static Answer exchange(int port, String request) {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Answer parse(String text, long millis) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end + 2);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
        return new Answer(status, head, body, millis);
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException stillOpen) {
            // what came so far is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
