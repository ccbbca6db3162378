package io.nape.store.records;

/** What a field holds; each format encodes a kind its own way. */
public enum Kind {
    /** The record's id, a whole number of 1 or more; the store gives it to a new record. */
    ID,
    /** Text, possibly limited in length and possibly required not to be blank. */
    TEXT,
    /** A whole number within a range. */
    WHOLE_NUMBER,
    /** True or false. */
    BOOLEAN,
    /** A local time in whole minutes, {@code HH:MM}. */
    TIME,
    /** An instant, kept to the millisecond. */
    INSTANT,
    /** One value of a closed set, by its key. */
    KEY,
    /** A set of values of a closed set, by their keys, sorted when written. */
    KEYS,
    /**
     * A list of records of another type, in order: a list of objects in the data file, a table of its
     * own in the database and in CSV, each row naming the record it belongs to.
     */
    LIST
}
