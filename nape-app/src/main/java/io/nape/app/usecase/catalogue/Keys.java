package io.nape.app.usecase.catalogue;

import java.util.List;
import java.util.Locale;

/** Write enum constants the way files and JSON do: lower case with dashes. */
public final class Keys {
    private Keys() {}

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> of(List<? extends Enum<?>> constants) {
        return constants.stream().map(Keys::of).toList();
    }
}
