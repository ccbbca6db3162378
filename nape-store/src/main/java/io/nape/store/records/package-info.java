/**
 * Each record type described once: its fields in order, the kind of each, how to read each from a
 * record and how to build the record back. The database, the data file and the CSV tables iterate
 * these descriptions and encode each kind their own way.
 */
@NullMarked
package io.nape.store.records;

import org.jspecify.annotations.NullMarked;
