/** Load the exercise catalogue from YAML: the built-in files and the person's own. */
@NullMarked
package io.nape.store.catalogue;

import org.jspecify.annotations.NullMarked;
