package io.nape.store.records;

import io.nape.core.psfs.PsfsAnswer;
import io.nape.core.psfs.PsfsRating;
import java.time.Instant;
import java.util.List;

/**
 * A PSFS answer: one row of {@code psfs_answer} with a row of {@code psfs_rating} per activity, one
 * object of {@code psfsAnswers} with its {@code ratings}, lines of {@code psfs-ratings.csv}. A skipped
 * weekly prompt is no answer and is not described.
 */
public final class PsfsAnswerDescription {
    static final Field<PsfsRating, String> ACTIVITY = Field.text(
                    "activity", PsfsRating.MAX_ACTIVITY_LENGTH, false, PsfsRating::activity)
            .freeText();
    static final Field<PsfsRating, Integer> SCORE = Field.number("score", 0, PsfsRating.MAX_SCORE, PsfsRating::score);

    /** One rated activity of an answer, in the person's order. */
    public static final RecordType<PsfsRating> RATINGS_TYPE = new RecordType<>(
            "psfsRating",
            "ratings",
            "psfs_rating",
            List.of(ACTIVITY, SCORE),
            values -> new PsfsRating(values.get(ACTIVITY), values.get(SCORE)));

    public static final Field<PsfsAnswer, Instant> AT = Field.instant("at", PsfsAnswer::at);
    public static final Field<PsfsAnswer, List<PsfsRating>> RATINGS =
            Field.list("ratings", RATINGS_TYPE, PsfsAnswer::ratings);

    public static final RecordType<PsfsAnswer> TYPE = new RecordType<>(
            "psfsAnswer",
            "psfsAnswers",
            "psfs_answer",
            List.of(AT, RATINGS),
            values -> new PsfsAnswer(values.get(AT), values.get(RATINGS)));

    private PsfsAnswerDescription() {}
}
