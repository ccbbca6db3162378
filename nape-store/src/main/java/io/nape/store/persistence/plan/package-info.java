/** Plan settings, reminder records and the reminder pause over JDBC. */
@NullMarked
package io.nape.store.persistence.plan;

import org.jspecify.annotations.NullMarked;
