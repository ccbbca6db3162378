/** Checks (screenings) over JDBC. */
@NullMarked
package io.nape.store.persistence.safety;

import org.jspecify.annotations.NullMarked;
