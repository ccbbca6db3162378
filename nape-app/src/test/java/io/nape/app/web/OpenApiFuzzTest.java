package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the OpenAPI document, tried as a careless user or an attacker would: malformed
 * types, extreme numbers and dates, 1 MB strings, deep nesting, invalid UTF-8, wrong content types
 * and slow bodies; after each change of the settings that was taken, the calendar, the plan, today
 * and progress are read again. No answer may be a 5xx or take 2 s or more. The cases are a fixed list plus
 * seeded random ones, so a failure repeats; the whole run takes some seconds.
 */
class OpenApiFuzzTest {
    private static final long SEED = 14L;
    private static final long SLOWEST_MILLIS = 2_000;
    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    /** What reads the stored settings again, asked after every change that was taken. */
    private static final List<String> READERS =
            List.of("/calendar.ics", "/api/plan", "/api/today", "/api/progress", "/");

    private static final String DEEP = "[".repeat(20_000) + "]".repeat(20_000);

    @RegisterExtension
    final LocalServer local = new LocalServer();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void noOperationAnswers5xxOrTakesTwoSeconds() throws IOException {
        List<OpenApiOperations.Operation> operations = OpenApiOperations.all().stream()
                .filter(operation -> !operation.path().equals("/api/reminders/events"))
                .toList();
        List<Socket> slowBodies = new ArrayList<>();
        try {
            for (OpenApiOperations.Operation operation : operations) {
                if (operation.takesBody()) {
                    slowBodies.add(startSlowBody(operation));
                }
            }
            for (OpenApiOperations.Operation operation : operations) {
                fuzzParameters(operation);
                if (operation.takesBody()) {
                    fuzzBody(operation);
                }
            }
            for (Socket slow : slowBodies) {
                RawHttp.Answer answer = RawHttp.parse(readAnswer(slow), 0);
                if (answer.status() < 400 || answer.status() >= 500) {
                    failures.add("a slow body answered " + answer.status() + " " + answer.body());
                }
            }
        } finally {
            for (Socket slow : slowBodies) {
                slow.close();
            }
        }
        assertThat(sent).as("requests sent").isGreaterThan(1_000);
        assertThat(failures).isEmpty();
        assertThat(local.api().get("/api/health").status()).isEqualTo(200);
    }

    private void fuzzParameters(OpenApiOperations.Operation operation) {
        List<String> values = textValues();
        if (operation.hasPathParameter()) {
            for (String value : values) {
                String encoded = value.startsWith("%") ? value : encode(value);
                send(operation.method(), operation.pathWith(encoded), null, "application/json", operation);
            }
        }
        String path = operation.pathWith("desk-a");
        for (OpenApiOperations.Parameter parameter : operation.query()) {
            for (String value : values) {
                String encoded = value.startsWith("%") ? value : encode(value);
                send(operation.method(), path + "?" + parameter.name() + "=" + encoded, null, null, operation);
            }
            send(
                    operation.method(),
                    path + "?" + parameter.name() + "=1&" + parameter.name() + "=2",
                    null,
                    null,
                    operation);
        }
    }

    private void fuzzBody(OpenApiOperations.Operation operation) {
        String path = operation.pathWith("desk-a");
        for (Map.Entry<String, ?> field : operation.bodyFields().entrySet()) {
            for (String json : jsonValues()) {
                ObjectNode body = operation.validBody();
                body.put(field.getKey(), "\u0000PLACE\u0000");
                String text = body.toString().replace("\"\\u0000PLACE\\u0000\"", json);
                send(operation.method(), path, bytes(text), "application/json", operation);
            }
        }
        String valid = operation.validBody().toString();
        List<byte[]> bodies = new ArrayList<>(List.of(
                bytes(""),
                bytes("null"),
                bytes("[]"),
                bytes("\"text\""),
                bytes("{"),
                bytes(valid + "{}"),
                bytes(valid.replaceFirst("\\{", "{\"a\":1,\"a\":2,")),
                bytes("{\"a\":" + DEEP + "}"),
                bytes("[".repeat(100_000)),
                bytes("{\"" + MEGABYTE + "\":1}"),
                new byte[] {'{', '"', 'n', 'o', 't', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe, (byte) 0xc0, '"', '}'
                },
                new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '{', '}'},
                new byte[] {(byte) 0xfe, (byte) 0xff, 0, '{', 0, '}'}));
        StringBuilder manyKeys = new StringBuilder("{");
        for (int i = 0; i < 5_000; i++) {
            manyKeys.append(i == 0 ? "" : ",")
                    .append("\"k")
                    .append(i)
                    .append("\":")
                    .append(i);
        }
        bodies.add(bytes(manyKeys.append('}').toString()));
        for (byte[] body : bodies) {
            send(operation.method(), path, body, "application/json", operation);
        }
        for (String type : List.of(
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/json; charset=iso-8859-1",
                "application/jsonx",
                "*/*",
                "")) {
            send(operation.method(), path, bytes(valid), type, operation);
        }
        send(operation.method(), path, bytes(valid), null, operation);
    }

    private List<String> textValues() {
        List<String> values = new ArrayList<>(List.of(
                "",
                " ",
                "abc",
                "-1",
                "0",
                "1.5",
                "1e309",
                "-1e309",
                "NaN",
                "Infinity",
                "99999999999999999999",
                "2147483648",
                "-2147483649",
                "0000-01-01",
                "9999-12-31",
                "-2026-01-01",
                "+10000-01-01",
                "+999999999-12-31",
                "2026-02-30",
                "null",
                "[]",
                "{}",
                "../../etc/passwd",
                "%00",
                "%ff%fe",
                "%C0%AF",
                "%2e%2e",
                "\u202e\u0000\uFFFF",
                "a".repeat(4_000),
                MEGABYTE));
        for (int i = 0; i < 5; i++) {
            values.add(randomText(1 + random.nextInt(200)));
            values.add(Long.toString(random.nextLong()));
        }
        return values;
    }

    private List<String> jsonValues() {
        List<String> values = new ArrayList<>(List.of(
                "null",
                "true",
                "0",
                "-1",
                "0.5",
                "-0.0",
                "1e308",
                "-1e308",
                "1e400",
                "9223372036854775808",
                "-9223372036854775809",
                "123456789012345678901234567890",
                "\"\"",
                "\"x\"",
                "\"0000-01-01\"",
                "\"9999-12-31\"",
                "\"-2026-01-01\"",
                "\"+999999999-12-31\"",
                "\"-999999999-01-01\"",
                "[\"+999999999-12-31\"]",
                "\"+999999999-12-31T23:59:59Z\"",
                "\"-999999999-01-01T00:00:00Z\"",
                "\"2026-03-30T08:00:00+18:00\"",
                "\"25:61\"",
                "\"\\u0000\"",
                "\"\\ud800\"",
                "[]",
                "[null]",
                "[\"x\", \"x\"]",
                "{}",
                "{\"start\": \"13:00\"}",
                DEEP,
                "\"" + "y".repeat(60_000) + "\"",
                "\"" + MEGABYTE + "\""));
        for (int i = 0; i < 3; i++) {
            values.add(Long.toString(random.nextLong()));
            values.add(Double.toString(random.nextGaussian() * 1e12));
            values.add(
                    ApiClient.JSON.getNodeFactory().stringNode(randomText(50)).toString());
        }
        return values;
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int codePoint = random.nextInt(0x10FFFF);
            if (Character.isDefined(codePoint) && (codePoint < 0xD800 || codePoint > 0xDFFF)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private void send(String method, String path, byte[] body, String type, OpenApiOperations.Operation operation) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(local.api().origin() + path))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Origin", local.api().origin());
        if (type != null && !type.isEmpty()) {
            request.header("Content-Type", type);
        }
        String what = operation + " " + abbreviate(path)
                + (body == null ? "" : " body " + abbreviate(new String(body, StandardCharsets.UTF_8)));
        sent++;
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() >= 500) {
                failures.add(what + " -> " + response.statusCode() + " " + abbreviate(response.body()));
            }
            if (millis >= SLOWEST_MILLIS) {
                failures.add(what + " took " + millis + " ms");
            }
            if (response.statusCode() < 300 && method.equals("PUT") && body != null) {
                for (String reader : READERS) {
                    send("GET", reader, null, null, operation);
                }
            }
        } catch (IOException failure) {
            // a connection the server closed after refusing a body it would not read is an answer too
            if ((System.nanoTime() - start) / 1_000_000 >= SLOWEST_MILLIS) {
                failures.add(what + " failed after " + (System.nanoTime() - start) / 1_000_000 + " ms: " + failure);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private Socket startSlowBody(OpenApiOperations.Operation operation) throws IOException {
        Socket socket = new Socket("127.0.0.1", local.api().port());
        socket.setSoTimeout(20_000);
        String valid = operation.validBody().toString();
        socket.getOutputStream()
                .write(("POST " + operation.pathWith("desk-a") + " HTTP/1.1\r\nHost: 127.0.0.1:"
                                + local.api().port() + "\r\nOrigin: "
                                + local.api().origin()
                                + "\r\nContent-Type: application/json\r\nContent-Length: " + (valid.length() + 10)
                                + "\r\nConnection: close\r\n\r\n" + valid.substring(0, valid.length() / 2))
                        .getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String readAnswer(Socket socket) {
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
    }
}
