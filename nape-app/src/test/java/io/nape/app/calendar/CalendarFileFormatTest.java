package io.nape.app.calendar;

import static io.nape.app.calendar.CalendarFixtures.LENGTHS;
import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.plan.Settings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Check the file as an independent client would read it, without ical4j: RFC 5545 line ends,
 * folding and nesting.
 */
class CalendarFileFormatTest {
    private static final int MAX_LINE_OCTETS = 75;

    private static byte[] ics(String zone) {
        Settings settings = Settings.defaults(ZoneId.of(zone))
                .withRelaxationStart(LocalDate.of(2026, 3, 20))
                .withQuietDays(List.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
        return new PlanCalendar(LENGTHS)
                .build(settings, LocalDate.of(2026, 3, 30))
                .bytes();
    }

    /** The content lines as written, without their CRLF; fails on a CR or LF that is not part of one. */
    private static List<String> physicalLines(byte[] ics) {
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<String> lines = Arrays.asList(text.substring(0, text.length() - 2).split("\r\n", -1));
        assertThat(lines).noneMatch(line -> line.contains("\r") || line.contains("\n"));
        return lines;
    }

    /** Join folded lines: a line starting with a space or tab continues the one before. */
    private static List<String> unfolded(List<String> physical) {
        List<String> lines = new ArrayList<>();
        for (String line : physical) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                int last = lines.size() - 1;
                lines.set(last, lines.get(last) + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York"})
    void endsEveryLineWithCrLf(String zone) {
        assertThat(physicalLines(ics(zone))).isNotEmpty().noneMatch(String::isEmpty);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York"})
    void foldsEveryLineWithinSeventyFiveOctets(String zone) {
        List<String> lines = physicalLines(ics(zone));

        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line)
                .isLessThanOrEqualTo(MAX_LINE_OCTETS));
        assertThat(lines).anyMatch(line -> line.startsWith(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "America/New_York"})
    void balancesEveryBeginWithItsEnd(String zone) {
        Deque<String> open = new ArrayDeque<>();
        List<String> lines = unfolded(physicalLines(ics(zone)));

        for (String line : lines) {
            assertThat(line).as("a content line has a name and a value").contains(":");
            if (line.startsWith("BEGIN:")) {
                open.push(line.substring("BEGIN:".length()));
            } else if (line.startsWith("END:")) {
                assertThat(open).as(line).isNotEmpty();
                assertThat(open.pop()).isEqualTo(line.substring("END:".length()));
            }
        }

        assertThat(open).isEmpty();
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0", "BEGIN:VTIMEZONE", "TZID:" + zone);
        assertThat(lines.stream().filter(line -> line.equals("BEGIN:VEVENT")).count())
                .isEqualTo(lines.stream()
                        .filter(line -> line.equals("BEGIN:VALARM"))
                        .count());
    }
}
