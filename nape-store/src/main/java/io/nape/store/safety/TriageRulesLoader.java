package io.nape.store.safety;

import io.nape.core.safety.Triage;
import io.nape.core.safety.TriageRule;
import io.nape.store.yaml.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Load triage rules from YAML. The bundled file ships with Nape, so any problem in it is a
 * programming error: loading throws with every problem listed, never a partial rule set.
 */
public final class TriageRulesLoader {
    static final String BUNDLED = "safety/triage-rules.yaml";
    private static final ConcurrentMap<String, Triage> TRANSLATED = new ConcurrentHashMap<>();

    private TriageRulesLoader() {}

    /** The triage over the bundled rules, read once and kept. */
    public static Triage bundled() {
        return Bundled.TRIAGE;
    }

    /**
     * The bundled rules saying their sentences in a language: the file {@code
     * safety/<language>/triage-rules.yaml}, read once and kept. Only the language counts, not the
     * country; a language without that file gives the English rules.
     */
    public static Triage bundled(Locale language) {
        String tag = language.getLanguage();
        if (tag.equals(Locale.ENGLISH.getLanguage())) {
            return bundled();
        }
        Triage kept = TRANSLATED.get(tag);
        if (kept != null) {
            return kept;
        }
        String name = textsName(tag);
        if (TriageRulesLoader.class.getClassLoader().getResource(name) == null) {
            return bundled();
        }
        Triage translated = translate(bundled(), name, resource(name));
        Triage earlier = TRANSLATED.putIfAbsent(tag, translated);
        return earlier == null ? translated : earlier;
    }

    /** The rules of {@code english} saying the sentences of the texts file {@code text}. */
    public static Triage translate(Triage english, String file, String text) {
        Problems problems = new Problems();
        Map<String, String> says = new TriageRulesTextsReader(problems).read(file, text, english.rules());
        if (!problems.isEmpty()) {
            throw new InvalidTriageRulesException(file, problems.all());
        }
        return english.withSays(says);
    }

    static String textsName(String language) {
        return "safety/" + language + "/triage-rules.yaml";
    }

    /** Read rules from {@code text}; {@code file} names it in problems. */
    public static Triage load(String file, String text) {
        Problems problems = new Problems();
        List<TriageRule> rules = new TriageRulesReader(problems).read(file, text);
        if (!problems.isEmpty()) {
            throw new InvalidTriageRulesException(file, problems.all());
        }
        return new Triage(rules);
    }

    private static String resource(String name) {
        try (InputStream in = TriageRulesLoader.class.getClassLoader().getResourceAsStream(name)) {
            Objects.requireNonNull(in, () -> "missing built-in resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read built-in resource " + name, unreadable);
        }
    }

    private static final class Bundled {
        static final Triage TRIAGE = load(BUNDLED, resource(BUNDLED));
    }
}
