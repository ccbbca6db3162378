package io.nape.app.cli.diary;

import io.nape.app.text.Texts;
import io.nape.app.usecase.psfs.PsfsChangeText;
import io.nape.app.usecase.psfs.PsfsProgress;
import io.nape.app.usecase.psfs.PsfsProgressView;
import io.nape.core.psfs.PsfsComparison;
import java.io.PrintWriter;

/**
 * Print the PSFS part of {@code nape progress}: each answer beside the pain, the band, what changed;
 * nothing before the first answer (the weekly prompt on today and after the check asks for it).
 */
final class PsfsProgressText {
    private PsfsProgressText() {}

    static void print(PrintWriter out, PsfsProgress progress, PsfsProgressView view, Texts texts) {
        if (progress.points().isEmpty()) {
            return;
        }
        out.println(texts.get("progresspsfs.heading") + ":");
        for (PsfsProgress.Point point : progress.points()) {
            out.println(point.painMean7Days()
                    .map(pain -> texts.get(
                            "progresspsfs.cli.answer",
                            "day",
                            texts.dayAndMonth(point.day()),
                            "score",
                            PsfsChangeText.score(texts, point.score()),
                            "pain",
                            pain))
                    .orElseGet(() -> texts.get(
                            "progresspsfs.cli.answerNoPain",
                            "day",
                            texts.dayAndMonth(point.day()),
                            "score",
                            PsfsChangeText.score(texts, point.score()))));
        }
        progress.band()
                .ifPresent(band -> out.println("  "
                        + texts.get(
                                band.lower() < 0
                                        ? "progresspsfs.band.upOnly"
                                        : band.upper() > 10 ? "progresspsfs.band.downOnly" : "progresspsfs.band.both",
                                "first",
                                band.first(),
                                "lower",
                                band.lower(),
                                "upper",
                                band.upper(),
                                "points",
                                PsfsComparison.MEANINGFUL_POINTS)));
        view.sentences().forEach(sentence -> out.println("  " + sentence));
        out.flush();
    }
}
