package io.nape.app.data;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Hold one of the person's own catalogue files as text.
 *
 * @param name the file name inside the catalogue folder, such as {@code my-routines.yaml}; never a path
 */
public record CatalogueText(String name, String text) {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.yaml");

    public CatalogueText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be a plain .yaml file name, was " + name);
        }
    }
}
