package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A browser that follows a wrong link gets a page with a way back; programs get a problem document. */
class ErrorPagesTest {
    @RegisterExtension
    final LocalServer local = new LocalServer();

    @Test
    void anUnknownRoutineInTheBrowserIsAPage() {
        ApiClient.Exchange page = local.api().send("GET", "/session/no-such-routine", null, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.body())
                .contains("<h1>Not found</h1>")
                .contains("There is nothing at this address.")
                .contains("href=\"/\"");
    }

    @Test
    void anUnknownAddressInTheBrowserIsAPage() {
        ApiClient.Exchange page = local.api().send("GET", "/no/such/page", null, "Accept", "text/html,*/*;q=0.8");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.body()).contains("There is nothing at this address.");
    }

    @Test
    void theApiAnswersWithAProblemDocumentEvenToABrowser() {
        ApiClient.Exchange problem =
                local.api().send("GET", "/api/routines/no-such-routine", null, "Accept", "text/html");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.mediaType()).isEqualTo("application/problem+json");
        assertThat(problem.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void programsGetAProblemDocument() {
        ApiClient.Exchange problem = local.api().get("/session/no-such-routine");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.mediaType()).isEqualTo("application/problem+json");
    }
}
