package io.nape.app.cli.languages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Find English words left outside the pseudo-language's brackets. A pseudo text is a {@code [}
 * with its {@code ]} right after the padding ({@code ·}), or {@code []} for an empty text; it may run
 * over several lines (picocli wraps help). Brackets of picocli's own ({@code [--debug]}) hold no
 * padding and count as outside. Outside the pseudo texts only data may stand: the words given
 * (commands, option names, labels, ids), the phrases given (citations, what the person wrote),
 * options, paths, ids with a hyphen, numbers, times and dates.
 */
public final class PseudoWords {
    private static final char PADDING = '·';
    private static final Pattern ASCII_LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern HYPHENATED_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+");
    private static final Pattern FILE_NAME = Pattern.compile("[\\w.\\-]+\\.(json|ics|db|csv|yaml|txt)");
    private static final Pattern DIGITS_FIRST = Pattern.compile("\\d[\\dA-Za-z:.\\-+]*");
    private static final String TRIM = "[](){}<>\"'«»,.;:!?…|=*";

    private final Set<String> data;
    private final List<String> phrases;

    public PseudoWords(Set<String> data, List<String> phrases) {
        this.data = Set.copyOf(data);
        this.phrases = phrases.stream()
                .sorted(Comparator.comparing(String::length).reversed())
                .toList();
    }

    /** Each line of the output with a word outside the pseudo brackets, as "word in: line". */
    public List<String> offending(String output) {
        boolean[] inside = pseudoSpans(output);
        List<String> problems = new ArrayList<>();
        int start = 0;
        while (start <= output.length()) {
            int end = output.indexOf('\n', start);
            if (end < 0) {
                end = output.length();
            }
            StringBuilder outside = new StringBuilder();
            for (int i = start; i < end; i++) {
                outside.append(inside[i] ? ' ' : output.charAt(i));
            }
            String rest = outside.toString();
            for (String phrase : phrases) {
                rest = rest.replace(phrase, " ");
            }
            for (String token : rest.trim().split("\\s+")) {
                if (!isData(token)) {
                    problems.add("'" + token + "' in: " + output.substring(start, end));
                    break;
                }
            }
            start = end + 1;
        }
        return problems;
    }

    private static boolean[] pseudoSpans(String output) {
        boolean[] inside = new boolean[output.length()];
        Deque<Integer> opened = new ArrayDeque<>();
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if (c == '[') {
                opened.push(i);
            } else if (c == ']' && !opened.isEmpty()) {
                int open = opened.pop();
                if (i == open + 1 || output.charAt(i - 1) == PADDING) {
                    for (int at = open; at <= i; at++) {
                        inside[at] = true;
                    }
                }
            }
        }
        return inside;
    }

    private boolean isData(String token) {
        String word = trim(token);
        if (!ASCII_LETTER.matcher(word).find()
                || word.startsWith("-")
                || word.contains("/")
                || data.contains(word)
                || HYPHENATED_ID.matcher(word).matches()
                || FILE_NAME.matcher(word).matches()
                || DIGITS_FIRST.matcher(word).matches()) {
            return true;
        }
        String[] parts = word.split("[\\[\\],=|]+");
        if (parts.length > 1) {
            for (String part : parts) {
                if (!isData(part)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static String trim(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && TRIM.indexOf(token.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && TRIM.indexOf(token.charAt(to - 1)) >= 0) {
            to--;
        }
        return token.substring(from, to);
    }
}
