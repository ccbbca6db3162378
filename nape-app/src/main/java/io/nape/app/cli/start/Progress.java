package io.nape.app.cli.start;

import io.nape.app.text.Texts;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;

/** Where a phase stands: exercise k of n, repetition r of m, and the side. */
record Progress(int exercise, int exercises, int rep, int reps, String side, Texts texts) {
    static Progress of(Phase phase, Timeline timeline, Texts texts) {
        String side = phase.side() == null
                ? ""
                : texts.get("start.side." + phase.side().name());
        return new Progress(
                phase.exerciseIndex() + 1, timeline.exerciseCount(), phase.rep(), phase.reps(), side, texts);
    }

    String describe() {
        StringBuilder text =
                new StringBuilder(texts.get("start.progress.exercise", "exercise", exercise, "exercises", exercises));
        if (rep > 0) {
            text.append(", ").append(texts.get("start.progress.repetition", "rep", rep, "reps", reps));
        }
        if (!side.isEmpty()) {
            text.append(", ").append(side);
        }
        return text.toString();
    }
}
