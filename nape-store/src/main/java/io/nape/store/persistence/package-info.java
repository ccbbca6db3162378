/** The database: SQLite in the data folder by default, PostgreSQL by URL, one migration folder each. */
@NullMarked
package io.nape.store.persistence;

import org.jspecify.annotations.NullMarked;
