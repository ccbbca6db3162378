package io.nape.core.psfs;

import java.util.Locale;
import java.util.Objects;

/**
 * Rate one activity the neck makes hard: 0 means it cannot be done, 10 that it is done as well as
 * before the problem.
 *
 * @param activity the person's own words, stripped of outer spaces: not blank, at most {@value
 *     #MAX_ACTIVITY_LENGTH} characters
 * @param score a whole number from 0 to {@value #MAX_SCORE}
 */
public record PsfsRating(String activity, int score) {
    public static final int MAX_SCORE = 10;
    public static final int MAX_ACTIVITY_LENGTH = 200;

    public PsfsRating {
        Objects.requireNonNull(activity, "activity");
        activity = activity.strip();
        if (activity.isEmpty()) {
            throw InvalidPsfsAnswerException.of("activity must not be blank", "psfs.activityBlank");
        }
        int length = activity.codePointCount(0, activity.length());
        if (length > MAX_ACTIVITY_LENGTH) {
            throw InvalidPsfsAnswerException.of(
                    "activity must be at most " + MAX_ACTIVITY_LENGTH + " characters, was " + length + "; shorten it",
                    "psfs.activityTooLong",
                    "max",
                    MAX_ACTIVITY_LENGTH,
                    "length",
                    length);
        }
        if (score < 0 || score > MAX_SCORE) {
            throw InvalidPsfsAnswerException.of(
                    "score must be a whole number from 0 to 10, was " + score, "psfs.scoreOutOfRange", "value", score);
        }
    }

    /** The score typed as text, such as {@code 7}: a whole number from 0 to 10, outer spaces ignored. */
    public static int parseScore(String text) {
        String stripped = text.strip();
        if (!stripped.matches("[+-]?[0-9]{1,9}")) {
            throw InvalidPsfsAnswerException.of(
                    "score must be a whole number from 0 to 10, was not a whole number", "psfs.scoreNotWhole");
        }
        int score = Integer.parseInt(stripped);
        if (score < 0 || score > MAX_SCORE) {
            throw InvalidPsfsAnswerException.of(
                    "score must be a whole number from 0 to 10, was " + score, "psfs.scoreOutOfRange", "value", score);
        }
        return score;
    }

    /** Whether this rating is of the same activity as {@code other}, ignoring case. */
    public boolean sameActivityAs(String other) {
        return activity.toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
    }
}
