package io.nape.store.yaml;

import org.jspecify.annotations.Nullable;

/** One item of a YAML list: a plain value or a mapping, with its line. */
public record YamlItem(
        int line, @Nullable String value, @Nullable YamlMap map) {}
