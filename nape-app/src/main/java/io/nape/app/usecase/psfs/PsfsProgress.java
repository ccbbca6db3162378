package io.nape.app.usecase.psfs;

import io.nape.core.diary.PainEntry;
import io.nape.core.progress.MeaningfulChange;
import io.nape.core.progress.PainMean;
import io.nape.core.progress.Progress;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsComparison;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PSFS over time beside the pain: each answer's score with the 7-day pain mean of its day, and
 * the band of {@value PsfsComparison#MEANINGFUL_POINTS} points either side of the first score, outside
 * which a score is a real change. Used by Progress on every edge.
 *
 * @param points the answers, oldest first
 * @param band the band around the first score; empty without answers
 */
public record PsfsProgress(List<Point> points, Optional<Band> band) {
    public PsfsProgress {
        points = List.copyOf(points);
    }

    /** The progress of {@code answers} (any order) beside {@code pains}, days in {@code zone}. */
    public static PsfsProgress of(List<PsfsAnswer> answers, List<PainEntry> pains, ZoneId zone) {
        List<PsfsAnswer> sorted = answers.stream()
                .sorted(java.util.Comparator.comparing(PsfsAnswer::at))
                .toList();
        if (sorted.isEmpty()) {
            return new PsfsProgress(List.of(), Optional.empty());
        }
        PsfsAnswer first = sorted.get(0);
        List<Point> points = new ArrayList<>();
        for (PsfsAnswer answer : sorted) {
            LocalDate day = answer.at().atZone(zone).toLocalDate();
            Optional<MeaningfulChange> change = answer == first
                    ? Optional.empty()
                    : PsfsComparison.of(first, answer).meaningfulChange();
            points.add(new Point(
                    answer.at(),
                    day,
                    answer.score(),
                    Progress.mean(zone, pains, day).map(PainMean::mean),
                    change));
        }
        double score = first.score();
        Band band = new Band(score, score - PsfsComparison.MEANINGFUL_POINTS, score + PsfsComparison.MEANINGFUL_POINTS);
        return new PsfsProgress(points, Optional.of(band));
    }

    /**
     * One answer.
     *
     * @param painMean7Days the mean of the pain entries of the 7 days ending that day, if any
     * @param sinceFirst which way the score moved meaningfully since the first answer, if it did
     */
    public record Point(
            Instant at,
            LocalDate day,
            double score,
            Optional<Double> painMean7Days,
            Optional<MeaningfulChange> sinceFirst) {}

    /**
     * The first score and the scores a real change must reach, down and up; either may lie outside
     * 0 to 10, when no real change that way is possible.
     */
    public record Band(double first, double lower, double upper) {}
}
