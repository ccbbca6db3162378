package io.nape.core.programme;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Say what a proposal asks: one level up, one level down, or a new check. */
public enum ProposalKind {
    STEP_UP,
    STEP_DOWN,
    CHECK;

    /** The name in files and JSON, such as {@code step-down}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ProposalKind> fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key().equals(key)).findFirst();
    }
}
