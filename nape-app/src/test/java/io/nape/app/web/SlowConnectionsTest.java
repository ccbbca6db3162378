package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A few stuck or slow connections never starve the rest: a body is gathered without a thread, so
 * 20 connections that announce a body and then stall or trickle leave every thread free for others.
 */
class SlowConnectionsTest {
    private static final int SLOW = 20;

    @RegisterExtension
    final LocalServer local = new LocalServer();

    @Test
    void healthAnswersWithin200MillisecondsWhileTwentyBodiesStallOrTrickle() throws IOException {
        List<Socket> sockets = new ArrayList<>();
        try {
            local.api().get("/api/health");
            for (int i = 0; i < SLOW; i++) {
                Socket socket = new Socket("127.0.0.1", local.api().port());
                sockets.add(socket);
                String path = i % 2 == 0 ? "/api/diary/pain" : "/api/settings";
                socket.getOutputStream()
                        .write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:"
                                        + local.api().port()
                                        + "\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{")
                                .getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            }
            long slowest = 0;
            for (int round = 0; round < 10; round++) {
                for (int i = 1; i < SLOW; i += 2) {
                    trickle(sockets.get(i).getOutputStream());
                }
                long start = System.nanoTime();
                ApiClient.Exchange health = local.api().get("/api/health");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(health.status()).isEqualTo(200);
                slowest = Math.max(slowest, millis);
            }
            assertThat(slowest).as("slowest /api/health in ms").isLessThan(200);
            assertThat(local.api().get("/api/today").status()).isEqualTo(200);
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void trickle(OutputStream out) throws IOException {
        out.write(' ');
        out.flush();
    }
}
