package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A web page the person opens elsewhere cannot read or change Nape's data: a foreign Host (DNS
 * rebinding) and a cross-site request are refused before they change anything, and every response
 * carries the headers that keep a page to itself.
 */
class LocalOriginGuardTest {
    private static final String CHANGE = "{\"level\": \"full\", \"workStart\": \"07:00\"}";

    @RegisterExtension
    final LocalServer local = new LocalServer();

    @Test
    void refusesAChangeAddressedToAnotherHostAndChangesNothing() throws IOException {
        String before = local.api().get("/api/settings").body();

        RawResponse refused = raw("PUT /api/settings HTTP/1.1\r\nHost: evil.example\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + CHANGE.length()
                + "\r\nConnection: close\r\n\r\n" + CHANGE);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Nape answers only at its own address on this computer");
        assertThat(local.api().get("/api/settings").body()).isEqualTo(before);
    }

    @Test
    void refusesAReadAddressedToAnotherHost() throws IOException {
        RawResponse refused = raw("GET /api/settings HTTP/1.1\r\nHost: evil.example:"
                + local.api().port() + "\r\nConnection: close\r\n\r\n");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("workStart");
    }

    @Test
    void refusesAHostWithAnotherPort() throws IOException {
        RawResponse refused = raw("GET /api/today HTTP/1.1\r\nHost: 127.0.0.1:"
                + (local.api().port() == 1 ? 2 : 1) + "\r\nConnection: close\r\n\r\n");

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void acceptsTheLoopbackNames() throws IOException {
        for (String host : List.of("127.0.0.1", "localhost", "LOCALHOST")) {
            RawResponse answered = raw("GET /api/routines HTTP/1.1\r\nHost: " + host + ":"
                    + local.api().port() + "\r\nConnection: close\r\n\r\n");
            assertThat(answered.status()).as(host).isEqualTo(200);
        }
    }

    @Test
    void refusesACrossOriginChangeAndChangesNothing() {
        String before = local.api().get("/api/settings").body();

        ApiClient.Exchange refused = local.api().send("PUT", "/api/settings", CHANGE, "Origin", "https://evil.example");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asString())
                .isEqualTo("This request came from another web site, so Nape refused it.");
        assertThat(local.api().get("/api/settings").body()).isEqualTo(before);
    }

    @Test
    void refusesCrossOriginPostsOfHealthDataAndStoresNothing() {
        ApiClient.Exchange check = local.api()
                .send("POST", "/api/triage", "{\"painLevel\": 9}", "Origin", "http://127.0.0.1.evil.example");
        ApiClient.Exchange answer =
                local.api().send("POST", "/api/reminders/answer", "{\"answer\": \"skip\"}", "Origin", "null");

        assertThat(check.status()).isEqualTo(403);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(local.wiring().screenings().findLatest()).isEmpty();
    }

    @Test
    void refusesARequestTheBrowserMarksCrossSite() {
        String before = local.api().get("/api/settings").body();

        ApiClient.Exchange refused = local.api().send("PUT", "/api/settings", CHANGE, "Sec-Fetch-Site", "cross-site");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(local.api().get("/api/settings").body()).isEqualTo(before);
    }

    @Test
    void acceptsASameOriginChange() {
        ApiClient.Exchange changed = local.api()
                .send("PUT", "/api/settings", CHANGE, "Origin", local.api().origin(), "Sec-Fetch-Site", "same-origin");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(local.api().get("/api/settings").json().path("level").asString())
                .isEqualTo("full");
        assertThat(local.wiring().settings().workStart()).hasToString("07:00");
    }

    @Test
    void refusesAFormPostThatIsNotJson() {
        ApiClient.Exchange refused = local.api().send("PUT", "/api/settings", null, "Content-Type", "text/plain");

        assertThat(refused.status()).isEqualTo(415);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws IOException {
        List<ApiClient.Exchange> responses = List.of(
                local.api().get("/api/routines"),
                local.api().get("/api/routines/desk-z"),
                local.api().get("/api/plan?from=nonsense"),
                local.api().get("/api/openapi.json"),
                local.api().get("/calendar.ics"),
                local.api().get("/no/such/page"),
                local.api().send("PUT", "/api/settings", CHANGE, "Origin", "https://evil.example"));
        for (ApiClient.Exchange response : responses) {
            String where = response.method() + " " + response.path() + " " + response.status();
            assertThat(response.header("Content-Security-Policy"))
                    .as(where)
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(response.header("X-Content-Type-Options")).as(where).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(where).isEqualTo("same-origin");
        }
        RawResponse foreign = raw("GET /api/routines HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(foreign.head()).contains("content-security-policy:", "x-content-type-options:", "referrer-policy:");
    }

    @Test
    void neverAllowsOtherOrigins() throws IOException {
        RawResponse preflight = raw("OPTIONS /api/settings HTTP/1.1\r\nHost: 127.0.0.1:"
                + local.api().port()
                + "\r\nOrigin: https://evil.example\r\nAccess-Control-Request-Method: PUT\r\n"
                + "Access-Control-Request-Headers: content-type\r\nConnection: close\r\n\r\n");
        ApiClient.Exchange read = local.api().send("GET", "/api/settings", null, "Origin", "https://evil.example");

        assertThat(preflight.head()).doesNotContain("access-control-allow");
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
        assertThat(read.header("Access-Control-Allow-Credentials")).isNull();
    }

    /** Send bytes as they are, so that the Host header can be anything. */
    private RawResponse raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", local.api().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new RawResponse(status, head.toLowerCase(Locale.ROOT), body);
        }
    }

    /** A response read off the socket: its status, its head in lower case, and its body. */
    private record RawResponse(int status, String head, String body) {}
}
