package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.calendar.CalendarExport;
import io.nape.app.calendar.PlanCalendar;
import io.nape.core.plan.RoutineLengths;
import java.io.StringReader;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server serves the same calendar as {@code nape export --ics}, for calendar programs to subscribe to. */
class CalendarApiTest {
    @RegisterExtension
    final LocalServer local = new LocalServer();

    @Test
    void servesTheExportedCalendarAsTextCalendar() {
        ApiClient.Exchange served = local.api().get("/calendar.ics?from=2026-03-30");

        CalendarExport export = new PlanCalendar(
                        RoutineLengths.of(local.wiring().catalogue()))
                .build(local.wiring().settings(), LocalDate.of(2026, 3, 30));
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).startsWith("text/calendar");
        assertThat(served.body()).isEqualTo(new String(export.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void calendarParsesBackWithItsEvents() throws Exception {
        ApiClient.Exchange served = local.api().get("/calendar.ics");

        Calendar calendar = new CalendarBuilder().build(new StringReader(served.body()));
        int expected = new PlanCalendar(RoutineLengths.of(local.wiring().catalogue()))
                .build(
                        local.wiring().settings(),
                        LocalDate.now(local.wiring().settings().timeZone()))
                .eventCount();
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize(expected).isNotEmpty();
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
    }

    @Test
    void calendarFollowsChangedSettings() {
        String before = local.api().get("/calendar.ics?from=2026-03-30").body();
        local.api().send("PUT", "/api/settings", "{\"morning\": \"06:45\"}");

        String after = local.api().get("/calendar.ics?from=2026-03-30").body();
        assertThat(after).isNotEqualTo(before).contains("T064500");
    }

    @Test
    void refusesAFirstDayThatIsNotADate() {
        ApiClient.Exchange refused = local.api().get("/calendar.ics?from=2026-13-01");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asString())
                .isEqualTo("\"from\" must be a date written YYYY-MM-DD, such as 2026-03-30.");
    }
}
