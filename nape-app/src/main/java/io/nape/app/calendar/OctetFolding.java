package io.nape.app.calendar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fold an iCalendar text so that no physical line exceeds 75 octets of UTF-8, as RFC 5545 (3.1)
 * asks. ical4j folds by characters, which lets a line of Cyrillic letters (two octets each) run to
 * about 150 octets; a logical line with such a physical line is unfolded and folded again here, at a
 * code point boundary, so a letter is never split. Lines within the limit are left as they were, so
 * an ASCII calendar keeps its bytes.
 */
final class OctetFolding {
    static final int MAX_OCTETS = 75;
    private static final String LINE_END = "\r\n";

    private OctetFolding() {}

    static String fold(String text) {
        boolean endsWithLineEnd = text.endsWith(LINE_END);
        String body = endsWithLineEnd ? text.substring(0, text.length() - LINE_END.length()) : text;
        StringBuilder result = new StringBuilder(text.length() + 64);
        List<String> logical = new ArrayList<>();
        for (String physical : body.split(LINE_END, -1)) {
            if (!isContinuation(physical) && !logical.isEmpty()) {
                append(result, logical);
                logical.clear();
            }
            logical.add(physical);
        }
        append(result, logical);
        if (!endsWithLineEnd) {
            result.setLength(result.length() - LINE_END.length());
        }
        return result.toString();
    }

    private static boolean isContinuation(String physical) {
        return !physical.isEmpty() && (physical.charAt(0) == ' ' || physical.charAt(0) == '\t');
    }

    private static void append(StringBuilder result, List<String> physicalLines) {
        if (physicalLines.stream().allMatch(line -> octets(line) <= MAX_OCTETS)) {
            physicalLines.forEach(line -> result.append(line).append(LINE_END));
            return;
        }
        StringBuilder unfolded = new StringBuilder(physicalLines.get(0));
        physicalLines.subList(1, physicalLines.size()).forEach(line -> unfolded.append(line, 1, line.length()));
        refold(result, unfolded.toString());
    }

    /** The first line takes 75 octets, each following one a space and 74 more. */
    private static void refold(StringBuilder result, String line) {
        int room = MAX_OCTETS;
        int used = 0;
        for (int index = 0; index < line.length(); ) {
            int codePoint = line.codePointAt(index);
            int size = octets(codePoint);
            if (used + size > room) {
                result.append(LINE_END).append(' ');
                room = MAX_OCTETS - 1;
                used = 0;
            }
            result.appendCodePoint(codePoint);
            used += size;
            index += Character.charCount(codePoint);
        }
        result.append(LINE_END);
    }

    private static int octets(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
