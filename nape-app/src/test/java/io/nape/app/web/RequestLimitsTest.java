package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.web.health.HealthApi;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.junit.jupiter.api.Test;

/** A body read whole before Javalin sees it arrives intact, and the connection is kept as any other after it. */
class RequestLimitsTest {
    private static final WebFeature DIGEST =
            routes -> routes.post("/digest", ctx -> ctx.result(sha256(ctx.bodyAsBytes())));

    @Test
    void aBodyJustUnderTheLimitSentInPiecesArrivesWhole() throws IOException {
        byte[] body = new byte[RequestLimits.MAX_BODY_BYTES];
        new Random(14).nextBytes(body);
        try (WebServer server = WebServer.start(0, List.of(new HealthApi(), DIGEST));
                Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /digest HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                                    + "\r\nOrigin: http://127.0.0.1:"
                                    + server.port() + "\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                                    + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            for (int at = 0; at < body.length; at += 4096) {
                socket.getOutputStream().write(body, at, Math.min(4096, body.length - at));
                socket.getOutputStream().flush();
            }

            String answer = readAnswer(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 200").endsWith(sha256(body));
            AbstractConnector connector = (AbstractConnector) server.jetty().getConnectors()[0];
            assertThat(connector.getConnectedEndPoints())
                    .extracting(EndPoint::getIdleTimeout)
                    .containsOnly(connector.getIdleTimeout());
        }
    }

    private static String readAnswer(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[8192];
        while (!answer.toString().contains("\r\n\r\n") || answer.length() < answer.indexOf("\r\n\r\n") + 4 + 64) {
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            answer.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
        }
        return answer.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
