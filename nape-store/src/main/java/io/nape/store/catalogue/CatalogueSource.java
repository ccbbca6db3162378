package io.nape.store.catalogue;

/**
 * One catalogue file's text.
 *
 * @param name how problems name the file: a resource name or a path
 * @param builtIn whether the file ships with Nape rather than being the person's own
 */
public record CatalogueSource(String name, String text, boolean builtIn) {}
