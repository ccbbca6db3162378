package io.nape.app.cli.reminders;

import io.nape.core.NapeException;
import io.nape.core.plan.ReminderSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Read how long to pause: {@code 30m}, {@code 1h}, {@code 1h30m} or {@code until-tomorrow}. */
final class PauseLength {
    private static final Pattern LENGTH = Pattern.compile("(?:(\\d{1,2})h)?(?:(\\d{1,4})m)?");

    private PauseLength() {}

    /** When a pause given as {@code text} and started at {@code now} ends. */
    static Instant endOf(String text, Instant now, ZoneId zone) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("until-tomorrow")) {
            return now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        }
        Matcher matcher = LENGTH.matcher(trimmed);
        if (trimmed.isEmpty() || !matcher.matches()) {
            throw new NapeException("a pause must be written 30m, 1h, 1h30m or until-tomorrow")
                    .withText("reminder.pauseUnreadable");
        }
        Duration length = Duration.ofHours(number(matcher.group(1))).plusMinutes(number(matcher.group(2)));
        if (length.compareTo(Duration.ofMinutes(1)) < 0 || length.compareTo(ReminderSchedule.LONGEST_PAUSE) > 0) {
            throw new NapeException("a pause must last 1 minute to 24 hours, was " + length.toMinutes() + " minutes")
                    .withText("reminder.pauseOutOfRange", "minutes", length.toMinutes());
        }
        return now.plus(length);
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
