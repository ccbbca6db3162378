package io.nape.app.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The pseudo-language: every letter of English swapped for a look-alike with an accent, the text
 * 40% longer and in brackets. A text that shows without brackets was left in code; a layout that
 * breaks has no room for a longer language.
 */
public final class Pseudo {
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "áƀçđéƒğĥíĵķłɱñóþʠŕšŧúṽŵẋýžÁßÇĐÉƑĞĤÍĴĶŁṀÑÓÞǪŔŠŦÚṼŴẊÝŽ";
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';

    private Pseudo() {}

    /** A text with no arguments, pseudo; an empty text (an empty heading of the help) stays empty. */
    public static String text(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return bracket(accent(text), text.length());
    }

    /**
     * Fill a pattern, making only its own words pseudo: a text argument (a name from the catalogue,
     * a value the person typed) keeps its letters.
     */
    static String fill(String pattern, Map<String, ?> arguments, BiFunction<String, Map<String, ?>, String> filler) {
        Map<String, Object> marked = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            if (argument.getValue() instanceof Number) {
                marked.put(argument.getKey(), argument.getValue());
            } else {
                String mark = MARK_START + Integer.toString(index++) + MARK_END;
                marked.put(argument.getKey(), mark);
                values.put(mark, String.valueOf(argument.getValue()));
            }
        }
        String filled = filler.apply(pattern, marked);
        int ownLength = filled.length();
        StringBuilder accented = new StringBuilder(filled.length());
        int i = 0;
        while (i < filled.length()) {
            char c = filled.charAt(i);
            if (c == MARK_START) {
                int end = filled.indexOf(MARK_END, i);
                String mark = filled.substring(i, end + 1);
                accented.append(values.get(mark));
                ownLength -= mark.length();
                i = end + 1;
            } else {
                accented.append(accent(c));
                i++;
            }
        }
        return bracket(accented.toString(), ownLength);
    }

    /** A word's letters swapped for their look-alikes, without brackets or padding. */
    static String accented(String word) {
        StringBuilder accented = new StringBuilder(word.length());
        word.chars().forEach(c -> accented.append(accent((char) c)));
        return accented.toString();
    }

    private static String accent(String text) {
        StringBuilder accented = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i) {
                accented.append(text, i, close + 1); // a {side} to fill in later stays as it is
                i = close;
                continue;
            }
            accented.append(accent(c));
            if (c == '%' && i + 1 < text.length()) {
                accented.append(text.charAt(++i)); // picocli's %n stays a line break
            }
        }
        return accented.toString();
    }

    private static char accent(char c) {
        int at = PLAIN.indexOf(c);
        return at < 0 ? c : ACCENTED.charAt(at);
    }

    private static String bracket(String text, int ownLength) {
        // The padding joins the last word, so that a cue keeps its number of words.
        int padding = (int) Math.ceil(ownLength * 0.4);
        StringBuilder bracketed =
                new StringBuilder(text.length() + padding + 2).append('[').append(text);
        for (int i = 0; i < padding; i++) {
            bracketed.append('·');
        }
        return bracketed.append(']').toString();
    }
}
