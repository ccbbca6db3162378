package io.nape.app.web.calendar;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.Wiring;
import io.nape.app.calendar.PlanCalendar;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.WebFeature;
import io.nape.core.plan.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Serve the plan as an iCalendar file at {@code /calendar.ics}, the same bytes as {@code nape export
 * --ics} writes for the stored settings, so a calendar program can subscribe to it.
 */
public final class CalendarApi implements WebFeature {
    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final Wiring wiring;
    private final Clock clock;

    public CalendarApi(Wiring wiring, Clock clock) {
        this.wiring = wiring;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/calendar.ics", this::calendar);
    }

    private void calendar(Context ctx) {
        Settings settings = wiring.settings();
        String from = ctx.queryParam("from");
        LocalDate first = from == null ? LocalDate.now(clock.withZone(settings.timeZone())) : date(from);
        byte[] bytes =
                new PlanCalendar(wiring.routineLengths()).build(settings, first).bytes();
        ctx.contentType(CONTENT_TYPE)
                .header("Content-Disposition", "inline; filename=\"nape.ics\"")
                .result(bytes);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim(), DATE);
        } catch (DateTimeParseException wrong) {
            throw new BadRequestException(
                    "\"from\" must be a date written YYYY-MM-DD, such as 2026-03-30, was \"" + text + "\".");
        }
    }
}
