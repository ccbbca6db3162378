package io.nape.app.cli.start;

import io.nape.app.text.Texts;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.io.PrintWriter;
import java.util.Locale;

/** Show a session as plain lines, one per cue: for pipes, logs and terminals that cannot redraw. */
final class PlainScreen implements SessionScreen {
    private final PrintWriter out;
    private final Texts texts;
    private boolean pausedShown;

    PlainScreen(PrintWriter out) {
        this(out, Texts.english());
    }

    PlainScreen(PrintWriter out, Texts texts) {
        this.out = out;
        this.texts = texts;
    }

    @Override
    public void cue(Phase phase, Timeline timeline) {
        out.printf(
                Locale.ROOT,
                "[%s] %-11s %s (%s)%n",
                clock(phase.atMs()),
                texts.get("start.phase." + phase.kind().name()),
                phase.cue(),
                Progress.of(phase, timeline, texts).describe());
        out.flush();
    }

    @Override
    public void tick(Phase phase, Timeline timeline, long remainingMs, boolean paused) {
        if (paused && !pausedShown) {
            out.println(texts.get("start.paused"));
            out.flush();
        }
        pausedShown = paused;
    }

    @Override
    public void finish(String message) {
        out.println(message);
        out.flush();
    }

    static String clock(long ms) {
        long seconds = ms / 1000;
        return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }
}
