package io.nape.app.cli.routines;

import java.util.List;
import java.util.Locale;

/** Write enum constants the way files and JSON do: lower case with dashes. */
final class Keys {
    private Keys() {}

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static List<String> of(List<? extends Enum<?>> constants) {
        return constants.stream().map(Keys::of).toList();
    }
}
