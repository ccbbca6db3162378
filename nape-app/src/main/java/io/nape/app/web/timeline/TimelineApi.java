package io.nape.app.web.timeline;

import io.javalin.config.RoutesConfig;
import io.nape.app.Wiring;
import io.nape.app.cli.LevelOption;
import io.nape.app.cli.timeline.TimelineCommand;
import io.nape.app.web.WebFeature;
import io.nape.core.catalogue.Catalogue;
import io.nape.core.catalogue.Routine;
import io.nape.core.session.Timeline;

/**
 * Serve a routine's timeline, the data a player renders: every phase with its offset from the
 * start, in the same JSON as {@code nape timeline --json}. Whether the routine may start now is a
 * separate question, answered by {@code GET /api/sessions/allowed}.
 */
public final class TimelineApi implements WebFeature {
    private final Wiring wiring;

    public TimelineApi(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/routines/{id}/timeline", ctx -> {
            Catalogue catalogue = wiring.catalogue();
            Routine routine = catalogue.getRoutine(ctx.pathParam("id"));
            String level = ctx.queryParam("level");
            Timeline timeline =
                    Timeline.expand(routine, catalogue, LevelOption.parse(level == null ? "standard" : level));
            ctx.json(TimelineCommand.TimelineView.of(timeline));
        });
    }
}
