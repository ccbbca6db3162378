/** The session log over JDBC. */
@NullMarked
package io.nape.store.persistence.diary;

import org.jspecify.annotations.NullMarked;
