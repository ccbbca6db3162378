package io.nape.app.cli.diary;

import io.nape.app.usecase.dates.DateLimits;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Hold a run of local days, both ends included, as given by {@code --from} and {@code --to}.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
record DayRange(LocalDate from, LocalDate to) {
    /** How many days a range covers when {@code --from} is not given. */
    static final int DEFAULT_DAYS = 14;

    DayRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new InvalidDateException(
                    "--from " + from + " is after --to " + to + "; give a --from on or before --to.");
        }
    }

    /** The range the options name: {@code --to} defaults to today, {@code --from} to 13 days before {@code --to}. */
    static DayRange of(@Nullable String fromText, @Nullable String toText, LocalDate today) {
        LocalDate to = toText == null ? today : DateLimits.parse("--to", toText);
        LocalDate from = fromText == null ? to.minusDays(DEFAULT_DAYS - 1L) : DateLimits.parse("--from", fromText);
        DateLimits.checkSpan(today, from, to, "--from", "--to");
        return new DayRange(from, to);
    }

    /** The start of the first day. */
    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The start of the day after the last, so that [start, end) holds every moment of the range. */
    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
