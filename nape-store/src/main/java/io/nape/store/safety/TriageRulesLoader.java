package io.nape.store.safety;

import io.nape.core.safety.Triage;
import io.nape.core.safety.TriageRule;
import io.nape.store.yaml.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Load triage rules from YAML. The bundled file ships with Nape, so any problem in it is a
 * programming error: loading throws with every problem listed, never a partial rule set.
 */
public final class TriageRulesLoader {
    static final String BUNDLED = "safety/triage-rules.yaml";

    private TriageRulesLoader() {}

    /** The triage over the bundled rules, read once and kept. */
    public static Triage bundled() {
        return Bundled.TRIAGE;
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
