package io.nape.app.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every sentence a person reads, in one language. A key names its feature before the first dot
 * ({@code today.heading}), and the feature names the bundle: {@code i18n/today.properties} holds
 * the English texts, {@code i18n/today_ru.properties} the Russian ones (UTF-8).
 *
 * <p>A text is a pattern with named arguments, {@code {name}}. A pattern that needs a plural, a
 * choice, or a number or date written the language's way uses ICU's MessageFormat syntax ({@code
 * {count, plural, one {# day} other {# days}}}); every other pattern is filled here, so the
 * commands that need no plural never load ICU (its first use costs about 200 ms). Both read
 * apostrophes as ICU does: a lone one is itself, two stand for one, and one right before a brace
 * starts a quoted stretch, so an apostrophe next to an argument is written twice: {@code
 * ''{command}''}.
 */
public final class Texts {
    static final String FOLDER = "i18n/";
    private static final Pattern NEEDS_ICU = Pattern.compile(
            "\\{\\s*[A-Za-z][A-Za-z0-9_]*\\s*,\\s*(plural|select|selectordinal|number|date|time|spellout|ordinal)\\b");
    private static final Map<Language, Texts> BY_LANGUAGE = new EnumMap<>(Language.class);
    private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();

    private final Language language;

    private Texts(Language language) {
        this.language = language;
    }

    /** The texts in this language. */
    public static synchronized Texts of(Language language) {
        return BY_LANGUAGE.computeIfAbsent(language, Texts::new);
    }

    /** The texts in English. */
    public static Texts english() {
        return of(Language.ENGLISH);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /**
     * The text of a key, its arguments given by name and value in turn: {@code get("log.saved",
     * "pain", 4, "time", "09:30")}.
     */
    public String get(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments of " + key + " must come in name, value pairs");
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return get(key, arguments);
    }

    /** The text of a key with its arguments by name. */
    public String get(String key, Map<String, ?> arguments) {
        String pattern = pattern(key);
        arguments = inThisLanguage(arguments);
        if (language == Language.PSEUDO) {
            return Pseudo.fill(pattern, arguments, this::fill);
        }
        return fill(pattern, arguments);
    }

    /**
     * The arguments with each {@link Phrase}, failure or list of phrases among them put in this
     * language first (a list one phrase a line).
     */
    private Map<String, ?> inThisLanguage(Map<String, ?> arguments) {
        Map<String, Object> filled = new LinkedHashMap<>();
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            Object value = argument.getValue();
            if (value instanceof Phrase phrase) {
                value = phrase.in(this);
            } else if (value instanceof io.nape.core.NapeException failure) {
                value = explain(failure);
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Phrase) {
                List<String> lines = new ArrayList<>();
                list.forEach(line -> lines.add(line instanceof Phrase phrase ? phrase.in(this) : String.valueOf(line)));
                value = String.join("\n", lines);
            }
            filled.put(argument.getKey(), value);
        }
        return filled;
    }

    /** Whether a key has a text (in English, which every language has). */
    public boolean has(String key) {
        return englishBundle(key).containsKey(key);
    }

    /** The pattern of a key in this language, unfilled; English where this language lacks it. */
    public String pattern(String key) {
        String english = englishBundle(key).get(key);
        if (english == null) {
            throw new IllegalArgumentException("no text has the key " + key);
        }
        if (language != Language.RUSSIAN) {
            return english;
        }
        String own = bundle(feature(key), language).get(key);
        return own == null ? english : own;
    }

    /**
     * The texts of a feature whose keys start with {@code prefix}, filled without arguments (for a
     * page's script, which puts in its own {@code {name}} values); the pseudo-language brackets them.
     */
    public Map<String, String> startingWith(String prefix) {
        Map<String, String> found = new TreeMap<>();
        for (String key : englishBundle(prefix).keySet()) {
            if (key.startsWith(prefix)) {
                String pattern = pattern(key);
                found.put(key, language == Language.PSEUDO ? Pseudo.text(pattern) : pattern);
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /**
     * What a person reads of a failure: the text it names in this language, else its own message
     * (a failure not yet given a text, whose message is English).
     */
    public String explain(Throwable failure) {
        if (failure instanceof io.nape.core.NapeException nape) {
            @Nullable String key = nape.textKey();
            if (key != null && has(key)) {
                return get(key, nape.textArguments());
            }
        }
        @Nullable String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    /** A date with its month in words: "3 November 2026", "3 ноября 2026 г.". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(formatLocale())
                .format(date);
    }

    /** A day and month: "3 November", "3 ноября". */
    public String dayAndMonth(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMMM", formatLocale()).format(date);
    }

    /** A weekday and date: "Thursday 3 December", "четверг, 3 декабря". */
    public String weekdayAndDate(LocalDate date) {
        String pattern = language == Language.RUSSIAN ? "EEEE, d MMMM" : "EEEE d MMMM";
        return DateTimeFormatter.ofPattern(pattern, formatLocale()).format(date);
    }

    /** A time of day on the 24-hour clock, which both languages read: "09:30". */
    public String time(LocalTime time) {
        return DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(time);
    }

    private Locale formatLocale() {
        return language == Language.RUSSIAN ? language.locale() : Locale.UK;
    }

    String fill(String pattern, Map<String, ?> arguments) {
        if (NEEDS_ICU.matcher(pattern).find()) {
            return IcuFormat.format(pattern, language.locale(), arguments);
        }
        StringBuilder filled = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                i = apostrophe(pattern, i, filled);
                continue;
            }
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isName(pattern, i + 1, close)) {
                String name = pattern.substring(i + 1, close);
                if (!arguments.containsKey(name)) {
                    throw new IllegalArgumentException("the text " + pattern + " needs the argument " + name);
                }
                filled.append(arguments.get(name));
                i = close + 1;
            } else {
                filled.append(c);
                i++;
            }
        }
        return filled.toString();
    }

    /**
     * An apostrophe as ICU reads it: two stand for one; one before a brace starts a quoted
     * stretch, up to the next one; any other stands for itself. Returns where reading goes on.
     */
    private static int apostrophe(String pattern, int at, StringBuilder filled) {
        char next = at + 1 < pattern.length() ? pattern.charAt(at + 1) : ' ';
        if (next == '\'') {
            filled.append('\'');
            return at + 2;
        }
        if (next != '{' && next != '}') {
            filled.append('\'');
            return at + 1;
        }
        int i = at + 1;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                filled.append('\'');
                i += 2;
            } else if (c == '\'') {
                return i + 1;
            } else {
                filled.append(c);
                i++;
            }
        }
        return i;
    }

    private static boolean isName(String pattern, int from, int to) {
        if (!Character.isLetter(pattern.charAt(from))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = pattern.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> englishBundle(String key) {
        return bundle(feature(key), Language.ENGLISH);
    }

    static String feature(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    static Map<String, String> bundle(String feature, Language language) {
        String file = FOLDER + feature + (language == Language.RUSSIAN ? "_ru" : "") + ".properties";
        return BUNDLES.computeIfAbsent(file, Texts::read);
    }

    private static Map<String, String> read(String file) {
        @Nullable InputStream stream = Texts.class.getClassLoader().getResourceAsStream(file);
        if (stream == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (InputStream in = stream;
                InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return Map.copyOf(texts);
    }

    /**
     * Items joined as people write a list: one alone, else all but the last with commas and the last
     * joined by the text {@code key}, whose {@code {list}} and {@code {last}} take the two parts (for
     * example "1, 2 and 3", «1, 2 или 3»).
     */
    public String joined(String key, List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return get(
                key,
                "list",
                String.join(", ", items.subList(0, items.size() - 1)),
                "last",
                items.get(items.size() - 1));
    }
}
