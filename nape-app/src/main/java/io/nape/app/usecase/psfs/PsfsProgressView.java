package io.nape.app.usecase.psfs;

import io.nape.app.text.Texts;
import io.nape.core.progress.MeaningfulChange;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The PSFS on Progress in JSON, the same from {@code nape progress --json} and {@code GET
 * /api/progress}: each answer beside the 7-day pain mean of its day, the band outside which a score
 * is a real change, and the sentences of what changed in the person's language.
 *
 * @param band null without answers
 */
public record PsfsProgressView(@Nullable BandView band, List<PointView> answers, List<String> sentences) {
    public PsfsProgressView {
        answers = List.copyOf(answers);
        sentences = List.copyOf(sentences);
    }

    public static PsfsProgressView of(PsfsProgress progress, List<String> sentences) {
        return new PsfsProgressView(
                progress.band()
                        .map(band -> new BandView(band.first(), band.lower(), band.upper()))
                        .orElse(null),
                progress.points().stream().map(PointView::of).toList(),
                sentences);
    }

    /** Read it for the person, sentences in {@code texts}' language and dates in {@code zone}. */
    public static PsfsProgressView read(
            MeasureFunction measure,
            PsfsProgress progress,
            Texts texts,
            ZoneId zone,
            io.nape.core.person.PersonId person) {
        return of(progress, PsfsChangeText.sinceFirst(texts, zone, measure.history(person)));
    }

    /** The first score and the scores a real change reaches, down and up (either may lie outside 0 to 10). */
    public record BandView(double first, double lower, double upper) {}

    /**
     * One answer: {@code meaningful} is {@code better} or {@code worse} against the first answer, null
     * when less than 2 points or the first itself.
     */
    public record PointView(
            String at,
            String day,
            double score,
            @Nullable Double painMean7Days,
            @Nullable String meaningful) {
        static PointView of(PsfsProgress.Point point) {
            return new PointView(
                    point.at().toString(),
                    point.day().toString(),
                    point.score(),
                    point.painMean7Days().orElse(null),
                    point.sinceFirst().map(MeaningfulChange::key).orElse(null));
        }
    }
}
