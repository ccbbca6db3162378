/** The decisions on programme proposals over JDBC. */
@NullMarked
package io.nape.store.persistence.programme;

import org.jspecify.annotations.NullMarked;
