package io.nape.app.web;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talk to a real server over HTTP, as a page on the same origin would. */
final class ApiClient {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    /** Adapters over a fresh data folder. */
    static Wiring wiring(Path home) {
        return new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(System.err, true));
    }

    int port() {
        return port;
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    Exchange get(String path) {
        return send("GET", path, null);
    }

    /** Send a request; a body goes as application/json. Extra headers come in name, value pairs. */
    Exchange send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path))
                .timeout(Duration.ofSeconds(20))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Exchange(
                    method, path, response.statusCode(), response.headers().map(), response.body());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    HttpClient http() {
        return http;
    }

    /** One request and its response. */
    record Exchange(String method, String path, int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        /** The media type without parameters, such as {@code application/json}. */
        String mediaType() {
            String type = header("Content-Type");
            return type == null ? "" : type.split(";")[0].trim();
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
