package io.nape.app.web.plan;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.nape.app.ReadCache;
import io.nape.app.usecase.PersonRecords;
import io.nape.app.usecase.dates.DateLimits;
import io.nape.app.usecase.plan.PlanDays;
import io.nape.app.usecase.plan.PlanEventView;
import io.nape.app.usecase.today.TodayProgress;
import io.nape.app.web.WebFeature;
import io.nape.core.plan.EventProgress;
import io.nape.core.plan.Settings;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Serve the plan from the stored settings, as {@code nape plan --json} and {@code nape today --json}
 * print it: the events of a range of days, and today's events with what is done and what is next.
 */
public final class PlanApi implements WebFeature {
    private final PersonRecords records;
    private final Clock clock;

    public PlanApi(PersonRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/plan", this::plan);
        routes.get("/api/today", this::today);
    }

    private void plan(Context ctx) {
        ReadCache.Snapshot reads = records.reads().snapshot();
        Settings settings = records.settings(reads);
        LocalDate today = clock.instant().atZone(settings.timeZone()).toLocalDate();
        LocalDate first = date(ctx, "from").orElse(today);
        LocalDate last = date(ctx, "to").orElse(first);
        DateLimits.checkRange(today, first, last, "\"from\"", "\"to\"");
        String json = reads.get(new RangeKey(settings, first, last), () -> {
            List<PlanEventView> events = PlanDays.of(records, settings, first, last).events().stream()
                    .map(PlanEventView::of)
                    .toList();
            return ctx.jsonMapper().toJsonString(events, List.class);
        });
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }

    /** The key of a range's events, kept as JSON among the kept reads: the plan is a pure function of these. */
    private record RangeKey(Settings settings, LocalDate first, LocalDate last) {}

    private void today(Context ctx) {
        ReadCache.Snapshot reads = records.reads().snapshot();
        Settings settings = records.settings(reads);
        Instant now = clock.instant();
        LocalDate today = now.atZone(settings.timeZone()).toLocalDate();
        List<EventProgress> progress = TodayProgress.progress(records, reads, settings, today, now);
        Optional<Instant> pausedUntil = TodayProgress.pausedUntil(records, reads, now);
        ctx.json(TodayProgress.TodayView.of(today, pausedUntil, progress));
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(DateLimits.parse("\"" + name + "\"", text));
    }
}
