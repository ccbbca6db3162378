package io.nape.app.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Fill the patterns that need ICU: plurals, choices, numbers and dates. Loaded on first need. */
final class IcuFormat {
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private IcuFormat() {}

    static String format(String pattern, Locale locale, Map<String, ?> arguments) {
        MessageFormat format = FORMATS.computeIfAbsent(
                locale.toLanguageTag() + "\u0000" + pattern,
                key -> new MessageFormat(pattern, ULocale.forLocale(locale)));
        synchronized (format) {
            return format.format(arguments);
        }
    }
}
