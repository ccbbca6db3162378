package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.usecase.dates.DateLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /calendar.ics} is a GET, so any web page can send it: each extreme date is refused at once
 * with one sentence, and the server stays healthy. (A year such as 0000 once ran it out of memory.)
 */
class CalendarLimitsTest {
    @RegisterExtension
    final LocalServer local = new LocalServer();

    @Test
    void eachExtremeDateIs400WithinAHundredMilliseconds() {
        LocalDate today = LocalDate.now(local.wiring().settings().timeZone());
        List<String> queries = List.of(
                "from=0000-01-01",
                "from=9999-12-31",
                "from=-2026-01-01",
                "from=+999999999-12-31",
                "from=-999999999-01-01",
                "from=" + today.plusYears(11),
                "from=" + today.minusYears(11),
                "from=" + today + "&to=" + today.plusDays(DateLimits.MAX_DAYS),
                "from=" + today + "&to=" + today.minusDays(1),
                "from=" + today + "&to=9999-12-31",
                "to=0000-01-01");
        assertThat(local.api().get("/calendar.ics?from=" + today).status()).isEqualTo(200);
        local.api().get("/calendar.ics?from=0000-01-01");

        List<String> slow = new ArrayList<>();
        for (String query : queries) {
            long start = System.nanoTime();
            ApiClient.Exchange refused = local.api().get("/calendar.ics?" + query);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.mediaType()).isEqualTo("application/problem+json");
            assertThat(refused.json().path("detail").asString())
                    .as(query)
                    .doesNotContain("\n")
                    .endsWith(".");
            if (millis >= 100) {
                slow.add(query + ": " + millis + " ms");
            }
        }
        assertThat(slow).isEmpty();
        assertThat(local.api().get("/api/health").status()).isEqualTo(200);
    }

    @Test
    void aFirstDayTooFarAwaySaysWhichDatesItMayBe() {
        LocalDate today = LocalDate.now(local.wiring().settings().timeZone());

        ApiClient.Exchange refused = local.api().get("/calendar.ics?from=0001-01-01");

        assertThat(refused.json().path("detail").asString())
                .isEqualTo("\"from\" 0001-01-01 is more than 10 years from today; give a date from "
                        + today.minusYears(10) + " to " + today.plusYears(10) + ".");
    }

    @Test
    void aRangeLongerThanAYearSaysHowLongItIs() {
        LocalDate today = LocalDate.now(local.wiring().settings().timeZone());
        LocalDate last = today.plusDays(366);

        ApiClient.Exchange refused = local.api().get("/calendar.ics?from=" + today + "&to=" + last);

        assertThat(refused.json().path("detail").asString())
                .isEqualTo("A plan covers at most 366 days, and \"from\" " + today + " \"to\" " + last
                        + " is 367; give a shorter range.");
    }

    @Test
    void aRangeOfAYearIsServedWithEventsThatEnd() {
        LocalDate today = LocalDate.now(local.wiring().settings().timeZone());

        ApiClient.Exchange served = local.api().get("/calendar.ics?from=" + today + "&to=" + today.plusDays(365));

        assertThat(served.status()).isEqualTo(200);
        assertThat(served.body()).contains("BEGIN:VEVENT").contains("COUNT=").doesNotContain("UNTIL=");
    }
}
