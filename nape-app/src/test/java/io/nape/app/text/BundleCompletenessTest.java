package io.nape.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every bundle complete in every language: the same keys, the same arguments, each key named by
 * its feature and used somewhere in the program, and every ICU pattern readable.
 */
class BundleCompletenessTest {
    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    // nape-core and nape-store name the texts of their exceptions (withText) that the edges show.
    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java"),
            Path.of("src/main/jte"),
            Path.of("src/main/resources/web"),
            Path.of("../nape-core/src/main/java"),
            Path.of("../nape-store/src/main/java"));
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*[,}]");
    private static String allSources = "";

    @BeforeAll
    static void readSources() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path folder : SOURCES) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".java") || name.endsWith(".jte") || name.endsWith(".js")) {
                        text.append(Files.readString(file, StandardCharsets.UTF_8))
                                .append('\n');
                    }
                }
            }
        }
        allSources = text.toString();
    }

    @Test
    void everyKeyIsInEveryLanguageWithTheSameArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            String feature = feature(english);
            Properties en = read(english);
            Path russianFile = english.resolveSibling(feature + "_ru.properties");
            if (!Files.exists(russianFile)) {
                problems.add(feature + ": no Russian file " + russianFile.getFileName());
                continue;
            }
            Properties ru = read(russianFile);
            for (String key : en.stringPropertyNames()) {
                if (!ru.containsKey(key)) {
                    problems.add(key + ": missing in Russian");
                } else if (!arguments(en.getProperty(key)).equals(arguments(ru.getProperty(key)))) {
                    problems.add(key + ": arguments " + arguments(ru.getProperty(key)) + " in Russian, "
                            + arguments(en.getProperty(key)) + " in English");
                }
            }
            for (String key : ru.stringPropertyNames()) {
                if (!en.containsKey(key)) {
                    problems.add(key + ": in Russian only");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyIsNamedByItsFeature() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : allBundles()) {
            String feature = feature(file);
            for (String key : read(file).stringPropertyNames()) {
                if (!key.startsWith(feature + ".")) {
                    problems.add(file.getFileName() + ": " + key + " does not start with " + feature + ".");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        List<String> unused = new ArrayList<>();
        for (Path english : englishBundles()) {
            if (feature(english).equals("help")) {
                continue; // picocli reads these by the names of commands and options
            }
            for (String key : read(english).stringPropertyNames()) {
                if (!used(key)) {
                    unused.add(key);
                }
            }
        }
        assertThat(unused)
                .as("keys no source names, whole or by a prefix ending in a dot")
                .isEmpty();
    }

    @Test
    void everyIcuPatternReadsInItsLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : allBundles()) {
            if (feature(file).equals("help")) {
                continue; // picocli prints help as it stands: no arguments, braces are braces
            }
            ULocale locale = file.getFileName().toString().contains("_ru") ? new ULocale("ru") : ULocale.ENGLISH;
            Properties texts = read(file);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                try {
                    new MessageFormat(pattern, locale);
                } catch (IllegalArgumentException unreadable) {
                    problems.add(key + " in " + file.getFileName() + ": " + unreadable.getMessage());
                }
                if (locale.getLanguage().equals("ru")
                        && pattern.contains(", plural,")
                        && !(pattern.contains("one {") && pattern.contains("few {") && pattern.contains("many {"))) {
                    problems.add(key + ": a Russian plural needs one, few and many");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Named whole in a source, or by a prefix ending in a dot that code completes ("safety.sign." + id). */
    static boolean used(String key) {
        if (allSources.contains("\"" + key + "\"")) {
            return true;
        }
        for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
            if (allSources.contains("\"" + key.substring(0, dot + 1) + "\"")) {
                return true;
            }
        }
        return false;
    }

    static Set<String> arguments(String pattern) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static List<Path> englishBundles() throws IOException {
        return allBundles().stream()
                .filter(file -> !file.getFileName().toString().contains("_"))
                .collect(Collectors.toList());
    }

    static List<Path> allBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(file -> file.toString().endsWith(".properties"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    static String feature(Path file) {
        String name = file.getFileName().toString().replace(".properties", "");
        int underscore = name.indexOf('_');
        return underscore < 0 ? name : name.substring(0, underscore);
    }

    static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
