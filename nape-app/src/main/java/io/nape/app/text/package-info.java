/** The languages Nape speaks and the texts in each: bundles per feature, filled by name. */
@NullMarked
package io.nape.app.text;

import org.jspecify.annotations.NullMarked;
