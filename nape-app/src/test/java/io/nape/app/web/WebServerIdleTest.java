package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.web.health.HealthApi;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.LowResourceMonitor;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

/** The server idles all day beside the person's work: nothing in it may tick while nobody calls. */
class WebServerIdleTest {
    @Test
    void hasNoLowResourceMonitorAndFewIdleThreads() {
        try (WebServer server = WebServer.start(0, List.of(new HealthApi()))) {
            assertThat(server.jetty().getBeans(LowResourceMonitor.class)).isEmpty();
            QueuedThreadPool pool = (QueuedThreadPool) server.jetty().getThreadPool();
            assertThat(pool.getMinThreads()).isEqualTo(2);
            assertThat(pool.getMaxThreads()).isEqualTo(8);
            assertThat(pool.getIdleTimeout())
                    .as("an idle thread looks once in ten minutes")
                    .isEqualTo(Duration.ofMinutes(10).toMillis());
        }
    }

    @Test
    void keepsQuietConnectionsOpenForTwoMinutes() {
        try (WebServer server = WebServer.start(0, List.of(new HealthApi()))) {
            assertThat(server.jetty().getConnectors()).isNotEmpty().allSatisfy(connector -> assertThat(
                            ((AbstractConnector) connector).getIdleTimeout())
                    .isEqualTo(Duration.ofMinutes(2).toMillis()));
        }
    }
}
