package io.nape.app.usecase.psfs;

import io.nape.core.progress.MeaningfulChange;
import io.nape.core.psfs.ActivityChange;
import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsComparison;
import io.nape.core.psfs.PsfsRating;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A PSFS answer in JSON, with what changed since the first answer and, when just recorded, since the
 * previous one; a change is null when there is nothing to compare with.
 */
public record PsfsView(
        String at,
        double score,
        List<RatingView> ratings,
        @Nullable ChangeView sinceFirst,
        @Nullable ChangeView sincePrevious) {
    public static PsfsView of(MeasureFunction.Recorded recorded) {
        return of(recorded.answer(), recorded.sinceFirst(), recorded.sincePrevious());
    }

    public static PsfsView of(MeasureFunction.HistoryEntry entry) {
        return of(entry.answer(), entry.sinceFirst(), Optional.empty());
    }

    private static PsfsView of(
            PsfsAnswer answer, Optional<PsfsComparison> sinceFirst, Optional<PsfsComparison> sincePrevious) {
        return new PsfsView(
                answer.at().toString(),
                answer.score(),
                answer.ratings().stream().map(RatingView::of).toList(),
                sinceFirst.map(ChangeView::of).orElse(null),
                sincePrevious.map(ChangeView::of).orElse(null));
    }

    /** One activity's rating. */
    public record RatingView(String activity, int score) {
        static RatingView of(PsfsRating rating) {
            return new RatingView(rating.activity(), rating.score());
        }
    }

    /**
     * What changed since an earlier answer: {@code meaningful} is {@code better}, {@code worse} or
     * null when the change is under {@value PsfsComparison#MEANINGFUL_POINTS} points.
     */
    public record ChangeView(
            String since,
            double from,
            double to,
            double change,
            @Nullable String meaningful,
            List<ActivityChangeView> activities) {
        static ChangeView of(PsfsComparison comparison) {
            return new ChangeView(
                    comparison.since().toString(),
                    comparison.earlier().score(),
                    comparison.later().score(),
                    comparison.scoreChange(),
                    key(comparison.meaningfulChange()),
                    comparison.activities().stream().map(ActivityChangeView::of).toList());
        }
    }

    /** How one activity's rating changed. */
    public record ActivityChangeView(
            String activity,
            int from,
            int to,
            int change,
            @Nullable String meaningful) {
        static ActivityChangeView of(ActivityChange change) {
            return new ActivityChangeView(
                    change.activity(), change.from(), change.to(), change.change(), key(change.meaningfulChange()));
        }
    }

    private static @Nullable String key(Optional<MeaningfulChange> change) {
        return change.map(MeaningfulChange::key).orElse(null);
    }
}
