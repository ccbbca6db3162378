package io.nape.core.safety;

import java.util.Locale;

/** Turn enum constants into the lower-case, dashed ids that people and files use. */
final class Keys {
    private Keys() {}

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
