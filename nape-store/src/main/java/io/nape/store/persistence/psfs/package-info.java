/** The PSFS answers over JDBC. */
@NullMarked
package io.nape.store.persistence.psfs;

import org.jspecify.annotations.NullMarked;
