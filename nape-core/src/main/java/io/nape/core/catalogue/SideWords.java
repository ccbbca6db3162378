package io.nape.core.catalogue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fill the side into a cue. {@code {side}} stands for the English word ("left", "right");
 * {@code {side:левую|правую}} gives the word for the left and for the right side, for languages
 * whose side words change with the sentence.
 */
final class SideWords {
    static final Pattern CHOICE = Pattern.compile("\\{side:([^|{}\\s]+)\\|([^|{}\\s]+)}");
    private static final String PLAIN = "{side}";

    private SideWords() {}

    static String fill(String cue, @Nullable Side side, String plainWhenNone) {
        Matcher matcher = CHOICE.matcher(cue);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String word = side == null ? "" : matcher.group(side == Side.LEFT ? 1 : 2);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(word));
        }
        matcher.appendTail(filled);
        String plain = side == null ? plainWhenNone : side.name().toLowerCase(Locale.ROOT);
        return filled.toString().replace(PLAIN, plain).replaceAll("\\s+", " ").trim();
    }

    static boolean namesTheSide(String cue) {
        return cue.contains(PLAIN) || CHOICE.matcher(cue).find();
    }

    static boolean hasPlainSide(String cue) {
        return cue.contains(PLAIN);
    }
}
