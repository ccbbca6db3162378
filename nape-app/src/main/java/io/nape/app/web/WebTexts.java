package io.nape.app.web;

import io.javalin.http.Context;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import java.util.Map;
import java.util.Optional;

/**
 * The language of a request: the one chosen with the Settings page's switch (kept in a cookie of
 * this browser), else the most preferred of {@code Accept-Language} that Nape speaks, else English.
 */
public final class WebTexts {
    /** The cookie that keeps the browser's choice of language. */
    public static final String COOKIE = "nape-lang";

    private WebTexts() {}

    public static Texts of(Context ctx) {
        return Texts.of(language(ctx));
    }

    public static Language language(Context ctx) {
        return chosen(ctx).orElseGet(() -> Language.fromAcceptLanguage(ctx.header("Accept-Language")));
    }

    /** The language chosen on the Settings page, if one was. */
    public static Optional<Language> chosen(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        return cookie == null ? Optional.empty() : Language.parse(cookie);
    }

    /**
     * A text that another feature's bundle holds once it has it: the text of {@code key}, else
     * {@code english}, the words the core still gives.
     */
    public static String shared(Texts texts, String key, String english) {
        return texts.has(key) ? texts.get(key) : english;
    }

    /** A dosage level in words: the dosage texts' where they have it, else the settings page's own. */
    public static String levelWords(Texts texts, io.nape.core.catalogue.DosageLevel level) {
        return texts.has("dosage.level." + level.name())
                ? texts.get("dosage.level." + level.name())
                : texts.get("settingspage.level." + level.key());
    }

    /** The html {@code lang} of a page in this language. */
    public static String htmlLang(Texts texts) {
        return switch (texts.language()) {
            case RUSSIAN -> "ru";
            case PSEUDO -> "en-XA";
            case ENGLISH -> "en";
        };
    }

    /**
     * The texts of a page's script, those whose keys start with {@code prefix}, as a JSON object by
     * the rest of the key; a page puts it in a data attribute, which the script reads.
     */
    public static String script(Texts texts, String prefix) {
        return script(texts, prefix, Map.of());
    }

    /** The texts of a page's script, as {@link #script(Texts, String)}, and {@code more} by name. */
    public static String script(Texts texts, String prefix, Map<String, String> more) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        texts.startingWith(prefix).forEach((key, text) -> all.put(key.substring(prefix.length()), text));
        all.putAll(more);
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, String> text : all.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, text.getKey());
            json.append(':');
            quote(json, text.getValue());
        }
        return json.append('}').toString();
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                json.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
