package io.nape.core.psfs;

import io.nape.core.progress.MeaningfulChange;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compare a later PSFS answer with an earlier one: each activity both name (matched ignoring case),
 * from what to what, and the score. A change of {@value #MEANINGFUL_POINTS} points or more is
 * meaningful; for the score it is decided on exact fractions, so 6 against 4 counts and 17/3 against
 * 11/3 does (exactly 2) while 17/3 against 4 does not.
 *
 * @param since when the earlier answer was given
 * @param at when the later answer was given
 * @param activities the activities both answers rate, in the later answer's order
 * @param earlier the earlier answer
 * @param later the later answer
 */
public record PsfsComparison(
        Instant since, Instant at, List<ActivityChange> activities, PsfsAnswer earlier, PsfsAnswer later) {
    /** How many points a rating or the score must move to count as a meaningful change. */
    public static final int MEANINGFUL_POINTS = 2;

    public PsfsComparison {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        activities = List.copyOf(activities);
        if (at.isBefore(since)) {
            throw new IllegalArgumentException("at " + at + " is before since " + since);
        }
    }

    /** Compare {@code later} with {@code earlier}, whichever was given first. */
    public static PsfsComparison of(PsfsAnswer earlier, PsfsAnswer later) {
        if (later.at().isBefore(earlier.at())) {
            return of(later, earlier);
        }
        List<ActivityChange> changes = later.ratings().stream()
                .flatMap(rating -> earlier
                        .find(rating.activity())
                        .map(before -> new ActivityChange(rating.activity(), before.score(), rating.score()))
                        .stream())
                .toList();
        return new PsfsComparison(earlier.at(), later.at(), changes, earlier, later);
    }

    /** Compare the latest answer of {@code history} (any order) with the first; empty with fewer than two. */
    public static Optional<PsfsComparison> sinceFirst(List<PsfsAnswer> history) {
        if (history.size() < 2) {
            return Optional.empty();
        }
        Comparator<PsfsAnswer> byTime = Comparator.comparing(PsfsAnswer::at);
        PsfsAnswer first = history.stream().min(byTime).orElseThrow();
        PsfsAnswer latest = history.stream().max(byTime).orElseThrow();
        return Optional.of(of(first, latest));
    }

    /** The later score minus the earlier: positive when activities got easier. */
    public double scoreChange() {
        return later.score() - earlier.score();
    }

    /** Which way the score moved, when by {@value #MEANINGFUL_POINTS} points or more: up is better. */
    public Optional<MeaningfulChange> meaningfulChange() {
        int laterCount = later.ratings().size();
        int earlierCount = earlier.ratings().size();
        long difference = (long) later.total() * earlierCount - (long) earlier.total() * laterCount;
        long threshold = (long) MEANINGFUL_POINTS * earlierCount * laterCount;
        if (difference >= threshold) {
            return Optional.of(MeaningfulChange.BETTER);
        }
        if (difference <= -threshold) {
            return Optional.of(MeaningfulChange.WORSE);
        }
        return Optional.empty();
    }

    /** The activities whose rating changed meaningfully, in the later answer's order. */
    public List<ActivityChange> meaningfulActivities() {
        return activities.stream().filter(ActivityChange::isMeaningful).toList();
    }
}
