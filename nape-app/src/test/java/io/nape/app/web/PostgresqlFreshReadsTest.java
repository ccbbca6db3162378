package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.usecase.settings.SettingsJson;
import io.nape.core.person.PersonId;
import io.nape.core.plan.Settings;
import io.nape.store.persistence.Database;
import io.nape.store.persistence.plan.JdbcReminderRepository;
import io.nape.store.persistence.plan.JdbcSettingsRepository;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On PostgreSQL nothing read is kept, so a write by another server or process shows at once. */
class PostgresqlFreshReadsTest {
    private static EmbeddedPostgres postgres;

    @TempDir
    Path home;

    private Wiring wiring;
    private WebServer server;
    private ApiClient api;
    private String url;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void start() {
        url = postgres.getJdbcUrl("postgres", "postgres");
        wiring = new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString(), "NAPE_DB_URL", url), null),
                new PrintWriter(System.err, true));
        server = WebServer.start(0, WebServer.features(wiring));
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        wiring.close();
    }

    @Test
    void settingsAndPauseWrittenElsewhereShowOnTheNextRequests() {
        assertThat(api.get("/api/settings").json().path("breakEveryMinutes").asInt())
                .isNotEqualTo(120);
        assertThat(api.get("/api/today").json().path("pausedUntil").isNull()).isTrue();
        Instant until = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

        try (Database other = Database.open(url)) {
            Settings changed = SettingsJson.withValue(Settings.defaults(ZoneId.of("UTC")), "breakEveryMinutes", "120");
            new JdbcSettingsRepository(other, PersonId.LOCAL).save(changed);
            new JdbcReminderRepository(other, PersonId.LOCAL).pauseUntil(until);
        }

        assertThat(api.get("/api/settings").json().path("breakEveryMinutes").asInt())
                .isEqualTo(120);
        assertThat(api.get("/api/today").json().path("pausedUntil").asString()).isEqualTo(until.toString());
        assertThat(wiring.reads().size()).isZero();
    }
}
