package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Jetty refuses before Javalin sees it, and the body limits in front of Javalin, answer as
 * every other error: a problem document in one sentence, with the security headers, no stack trace,
 * no server version and nothing of the request repeated.
 */
class JettyRefusalsTest {
    @RegisterExtension
    final LocalServer local = new LocalServer();

    @Test
    void aHugeHeaderIs431WithTheSecurityHeaders() {
        RawHttp.Answer answer = raw("GET /api/health HTTP/1.1\r\n" + host() + "X-Big: " + "ZQXmarker".repeat(2000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(431);
        assertIsOurRefusal(answer, "headers are larger than 8 KiB");
    }

    @Test
    void aHugeAddressIs414WithTheSecurityHeaders() {
        RawHttp.Answer answer = raw("GET /api/health?q=" + "ZQXmarker".repeat(2000) + " HTTP/1.1\r\n" + host()
                + "Connection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(414);
        assertIsOurRefusal(answer, "address is longer than 8 KiB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%2e%2e/", "/..;/", "/static/%2e%2e/%2e%2e/etc/passwd", "/a%00b", "/%ff%fe", "/..%2f"})
    void anIllegalPathIs400WithTheSecurityHeaders(String path) {
        RawHttp.Answer answer = raw("GET " + path + " HTTP/1.1\r\n" + host() + "Connection: close\r\n\r\n");

        assertThat(answer.status()).isBetween(400, 404);
        assertThat(answer.head()).contains("X-Frame-Options: DENY", "Content-Security-Policy:");
        assertThat(answer.body()).doesNotContain("Jetty", "at org.", "passwd");
    }

    @Test
    void aMalformedRequestLineIs400WithTheSecurityHeaders() {
        RawHttp.Answer answer = raw("GARBAGE\r\n\r\n");

        assertThat(answer.status()).isEqualTo(400);
        assertIsOurRefusal(answer, "cannot read this request");
    }

    @Test
    void aBodyAnnouncedTooLargeIs413BeforeItIsSent() {
        RawHttp.Answer answer = raw("POST /api/diary/pain HTTP/1.1\r\n" + host()
                + "Content-Type: application/json\r\nContent-Length: " + (RequestLimits.MAX_BODY_BYTES + 1)
                + "\r\nConnection: close\r\n\r\n{");

        assertThat(answer.status()).isEqualTo(413);
        assertIsOurRefusal(answer, "larger than 64 KiB");
        assertThat(answer.millis()).isLessThan(2_000);
    }

    @Test
    void aChunkedBodyThatGrowsTooLargeIs413() {
        String chunk = "x".repeat(16 * 1024);
        StringBuilder request = new StringBuilder("POST /api/diary/pain HTTP/1.1\r\n" + host()
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        for (int i = 0; i < 5; i++) {
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        request.append("0\r\n\r\n");

        RawHttp.Answer answer = raw(request.toString());

        assertThat(answer.status()).isEqualTo(413);
        assertIsOurRefusal(answer, "larger than 64 KiB");
    }

    @Test
    void aBodyThatStopsArrivingIs408AfterTheSilenceLimit() {
        RawHttp.Answer answer = raw("POST /api/diary/pain HTTP/1.1\r\n" + host() + "Origin: "
                + local.api().origin() + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
                + "Connection: close\r\n\r\n{\"pain\":");

        assertThat(answer.status()).isEqualTo(408);
        assertIsOurRefusal(answer, "came too slowly");
        assertThat(answer.millis()).isLessThan(RequestLimits.BODY_SILENCE.toMillis() + 3_000);
        assertThat(local.wiring().painEntries().findLatest(10)).isEmpty();
    }

    @Test
    void aWholeBodyStillReachesJavalin() {
        String body = "{\"pain\": 3}";
        RawHttp.Answer answer = raw("POST /api/diary/pain HTTP/1.1\r\n" + host() + "Origin: "
                + local.api().origin() + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n" + "3\r\n{\"p\r\n" + Integer.toHexString(body.length() - 3) + "\r\n"
                + body.substring(3) + "\r\n0\r\n\r\n");

        assertThat(answer.status()).isEqualTo(201);
        assertThat(local.wiring().painEntries().findLatest(10)).hasSize(1);
    }

    private static void assertIsOurRefusal(RawHttp.Answer answer, String sentence) {
        assertThat(answer.head())
                .contains("Content-Type: application/problem+json")
                .contains("X-Content-Type-Options: nosniff")
                .contains("X-Frame-Options: DENY")
                .contains("Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("Referrer-Policy: same-origin")
                .contains("Cross-Origin-Resource-Policy: same-origin")
                .contains("Cache-Control: no-store")
                .doesNotContain("Server:", "Jetty", "ZQXmarker");
        assertThat(answer.body()).contains(sentence).doesNotContain("ZQXmarker", "at org.", "Jetty", "<html");
        assertThat(ApiClient.JSON.readTree(answer.body()).path("status").asInt())
                .isEqualTo(answer.status());
    }

    private String host() {
        return "Host: 127.0.0.1:" + local.api().port() + "\r\n";
    }

    private RawHttp.Answer raw(String request) {
        return RawHttp.exchange(local.api().port(), request);
    }
}
