package io.nape.app.cli.start;

import io.nape.app.text.Texts;
import io.nape.core.session.Phase;
import io.nape.core.session.Timeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Show a session full-screen with ANSI codes: the cue in bold capitals, a big countdown, progress
 * and the keys. Redraws in place; the caller restores the terminal afterwards.
 */
final class TerminalScreen implements SessionScreen {
    private static final String CLEAR = "\033[H\033[2J";
    private static final String BOLD = "\033[1m";
    private static final String DIM = "\033[2m";
    private static final String RESET = "\033[0m";

    private final PrintWriter out;
    private final IntSupplier width;
    private String cue = "";
    private String kind = "";
    private String progress = "";

    private final Texts texts;

    TerminalScreen(PrintWriter out, IntSupplier width) {
        this(out, width, Texts.english());
    }

    TerminalScreen(PrintWriter out, IntSupplier width, Texts texts) {
        this.out = out;
        this.width = width;
        this.texts = texts;
    }

    @Override
    public void cue(Phase phase, Timeline timeline) {
        cue = phase.cue();
        kind = texts.get("start.phase." + phase.kind().name());
        progress = Progress.of(phase, timeline, texts).describe();
    }

    @Override
    public void tick(Phase phase, Timeline timeline, long remainingMs, boolean paused) {
        int columns = Math.max(40, width.getAsInt());
        StringBuilder screen = new StringBuilder(CLEAR).append("\r\n");
        screen.append(center(DIM + kind + RESET, kind.length(), columns)).append("\r\n\r\n");
        String big = spaced(cue.toUpperCase(Locale.ROOT));
        if (big.length() > columns - 2) {
            big = cue.toUpperCase(Locale.ROOT);
        }
        screen.append(center(BOLD + big + RESET, big.length(), columns)).append("\r\n\r\n");
        List<String> digits = BigDigits.render((int) Math.ceil(remainingMs / 1000.0));
        for (String line : digits) {
            screen.append(center(line, line.length(), columns)).append("\r\n");
        }
        screen.append("\r\n")
                .append(center(progress, progress.length(), columns))
                .append("\r\n\r\n");
        String keys = paused ? texts.get("start.keysPaused") : texts.get("start.keys");
        screen.append(center(DIM + keys + RESET, keys.length(), columns)).append("\r\n");
        out.print(screen);
        out.flush();
    }

    @Override
    public void finish(String message) {
        out.print(CLEAR);
        out.print(message.replace("\n", "\r\n"));
        out.print("\r\n");
        out.flush();
    }

    private static String spaced(String text) {
        StringBuilder spaced = new StringBuilder();
        for (char character : text.toCharArray()) {
            spaced.append(character).append(character == ' ' ? "  " : " ");
        }
        return spaced.toString().trim();
    }

    private static String center(String text, int visibleLength, int columns) {
        int pad = Math.max(0, (columns - visibleLength) / 2);
        return " ".repeat(pad) + text;
    }
}
