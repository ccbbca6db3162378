package io.nape.app.web.calendar;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.nape.app.calendar.PlanCalendar;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.dates.DateLimits;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import io.nape.core.plan.Settings;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Serve the plan as an iCalendar file at {@code /calendar.ics}, the same bytes as {@code nape export
 * --ics} writes for the stored settings, so a calendar program can subscribe to it. The first day is
 * within ten years of today and a range given with {@code to} is at most a year ({@link DateLimits}).
 */
public final class CalendarApi implements WebFeature {
    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private final PersonRecords records;
    private final Clock clock;

    public CalendarApi(PersonRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/calendar.ics", this::calendar);
    }

    private void calendar(Context ctx) {
        Settings settings = records.settings();
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        String from = ctx.queryParam("from");
        String to = ctx.queryParam("to");
        LocalDate first = from == null ? today : DateLimits.parse("\"from\"", from);
        @Nullable LocalDate last = to == null ? null : DateLimits.parse("\"to\"", to);
        if (last == null) {
            DateLimits.checkFirst(today, first, "\"from\"");
        } else {
            DateLimits.checkRange(today, first, last, "\"from\"", "\"to\"");
        }
        byte[] bytes = new PlanCalendar(records.routineLengths(), WebTexts.of(ctx))
                .build(settings, first, last)
                .bytes();
        ctx.contentType(CONTENT_TYPE)
                .header("Content-Disposition", "inline; filename=\"nape.ics\"")
                .result(bytes);
    }
}
