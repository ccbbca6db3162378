package io.nape.core.psfs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Record one PSFS: up to {@value #MAX_ACTIVITIES} activities, each rated, at one moment. The score is
 * the mean of the ratings.
 *
 * @param ratings one to {@value #MAX_ACTIVITIES} ratings of different activities, in the person's order
 */
public record PsfsAnswer(Instant at, List<PsfsRating> ratings) {
    public static final int MAX_ACTIVITIES = 3;

    public PsfsAnswer {
        Objects.requireNonNull(at, "at");
        ratings = List.copyOf(ratings);
        if (ratings.isEmpty()) {
            throw InvalidPsfsAnswerException.of(
                    "a PSFS answer needs at least one activity, was none", "psfs.noActivity");
        }
        if (ratings.size() > MAX_ACTIVITIES) {
            throw InvalidPsfsAnswerException.of(
                    "a PSFS answer has at most " + MAX_ACTIVITIES + " activities, was " + ratings.size(),
                    "psfs.tooManyActivities",
                    "max",
                    MAX_ACTIVITIES,
                    "count",
                    ratings.size());
        }
        for (int later = 1; later < ratings.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                if (ratings.get(earlier).sameActivityAs(ratings.get(later).activity())) {
                    throw InvalidPsfsAnswerException.of(
                            "activities " + (earlier + 1) + " and " + (later + 1)
                                    + " are the same; name each activity once",
                            "psfs.sameActivity",
                            "first",
                            earlier + 1,
                            "second",
                            later + 1);
                }
            }
        }
    }

    /** The sum of the ratings. */
    public int total() {
        return ratings.stream().mapToInt(PsfsRating::score).sum();
    }

    /** The score: the mean of the ratings. */
    public double score() {
        return (double) total() / ratings.size();
    }

    /** The activities, in the person's order, to ask about again. */
    public List<String> activities() {
        return ratings.stream().map(PsfsRating::activity).toList();
    }

    /** The rating of {@code activity}, ignoring case. */
    public Optional<PsfsRating> find(String activity) {
        return ratings.stream()
                .filter(rating -> rating.sameActivityAs(activity))
                .findFirst();
    }
}
