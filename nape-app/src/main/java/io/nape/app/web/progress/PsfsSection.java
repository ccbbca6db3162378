package io.nape.app.web.progress;

import io.nape.app.text.Texts;
import io.nape.app.usecase.psfs.MeasureFunction;
import io.nape.app.usecase.psfs.PsfsChangeText;
import io.nape.app.usecase.psfs.PsfsProgress;
import io.nape.core.diary.PainEntry;
import io.nape.core.person.PersonId;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsComparison;
import java.time.ZoneId;
import java.util.List;

/**
 * The PSFS on the Progress page: what changed in sentences, each answer's score beside the 7-day
 * pain mean of its day, and the band outside which a score is a real change.
 *
 * @param band the band in one sentence; empty without answers
 * @param due whether the weekly prompt is due
 */
public record PsfsSection(List<String> sentences, String band, List<PsfsRow> rows, boolean due) {
    public PsfsSection {
        sentences = List.copyOf(sentences);
        rows = List.copyOf(rows);
    }

    static PsfsSection of(
            Texts t,
            ZoneId zone,
            MeasureFunction measure,
            PersonId person,
            List<PsfsAnswer> answers,
            List<PainEntry> pains) {
        PsfsProgress progress = PsfsProgress.of(answers, pains, zone);
        String band = progress.band()
                .map(found -> t.get(
                        found.lower() < 0
                                ? "progresspsfs.band.upOnly"
                                : found.upper() > 10 ? "progresspsfs.band.downOnly" : "progresspsfs.band.both",
                        "first",
                        found.first(),
                        "lower",
                        found.lower(),
                        "upper",
                        found.upper(),
                        "points",
                        PsfsComparison.MEANINGFUL_POINTS))
                .orElse("");
        List<PsfsRow> rows = progress.points().stream()
                .map(point -> new PsfsRow(
                        ProgressPages.shortDay(t, point.day()),
                        PsfsChangeText.score(t, point.score()),
                        point.painMean7Days().map(PainChart::format).orElse(t.get("progresspsfs.noPain")),
                        point.sinceFirst()
                                .map(change -> t.get("progresspsfs.verdict." + change.key()))
                                .orElse(t.get("progresspsfs.verdict.none"))))
                .toList();
        return new PsfsSection(
                PsfsChangeText.sinceFirst(t, zone, measure.history(person)),
                band,
                rows,
                measure.prompt(person).due());
    }

    /** One answer: its day, its score, the 7-day pain mean of that day, and whether it is a real change. */
    public record PsfsRow(String day, String score, String painMean, String verdict) {}
}
