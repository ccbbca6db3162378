package io.nape.store.persistence.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Read the dates and date-times that {@code LocalDate.toString()} and {@code
 * OffsetDateTime.toString()} write, such as {@code 2026-03-30} and {@code 2026-03-30T08:00+02:00},
 * without the general ISO parser, which costs more than reading the row. Any other form (seconds
 * fractions, offset seconds, a year beyond four digits) goes to that parser, so the result and the
 * errors ({@code DateTimeException}) are always those of {@code LocalDate.parse} and {@code
 * OffsetDateTime.parse}.
 */
final class IsoDates {
    private IsoDates() {}

    static LocalDate localDate(String text) {
        if (text.length() == 10 && isDate(text)) {
            return date(text);
        }
        return LocalDate.parse(text);
    }

    static OffsetDateTime offsetDateTime(String text) {
        int length = text.length();
        if (length >= 17
                && isDate(text)
                && text.charAt(10) == 'T'
                && isTwoDigits(text, 11)
                && text.charAt(13) == ':'
                && isTwoDigits(text, 14)) {
            int offsetAt = 16;
            int second = 0;
            if (length >= 20 && text.charAt(16) == ':' && isTwoDigits(text, 17)) {
                second = twoDigits(text, 17);
                offsetAt = 19;
            }
            @Nullable ZoneOffset offset = offset(text, offsetAt);
            if (offset != null) {
                LocalTime time = LocalTime.of(twoDigits(text, 11), twoDigits(text, 14), second);
                return OffsetDateTime.of(LocalDateTime.of(date(text), time), offset);
            }
        }
        return OffsetDateTime.parse(text);
    }

    /** The offset written from {@code at} to the end, {@code Z} or {@code ±HH:MM}; null for any other form. */
    private static @Nullable ZoneOffset offset(String text, int at) {
        int rest = text.length() - at;
        if (rest == 1 && text.charAt(at) == 'Z') {
            return ZoneOffset.UTC;
        }
        char sign = rest == 6 ? text.charAt(at) : ' ';
        if ((sign == '+' || sign == '-')
                && isTwoDigits(text, at + 1)
                && text.charAt(at + 3) == ':'
                && isTwoDigits(text, at + 4)) {
            int hours = twoDigits(text, at + 1);
            int minutes = twoDigits(text, at + 4);
            return sign == '+'
                    ? ZoneOffset.ofHoursMinutes(hours, minutes)
                    : ZoneOffset.ofHoursMinutes(-hours, -minutes);
        }
        return null;
    }

    private static boolean isDate(String text) {
        return isTwoDigits(text, 0)
                && isTwoDigits(text, 2)
                && text.charAt(4) == '-'
                && isTwoDigits(text, 5)
                && text.charAt(7) == '-'
                && isTwoDigits(text, 8);
    }

    private static LocalDate date(String text) {
        return LocalDate.of(100 * twoDigits(text, 0) + twoDigits(text, 2), twoDigits(text, 5), twoDigits(text, 8));
    }

    private static boolean isTwoDigits(String text, int at) {
        return isDigit(text.charAt(at)) && isDigit(text.charAt(at + 1));
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }

    private static int twoDigits(String text, int at) {
        return 10 * (text.charAt(at) - '0') + text.charAt(at + 1) - '0';
    }
}
