/** Read YAML content files with the line of every value, so that each problem names its file and line. */
@NullMarked
package io.nape.store.yaml;

import org.jspecify.annotations.NullMarked;
