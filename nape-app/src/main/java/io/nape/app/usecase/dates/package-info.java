/**
 * The limits on the dates a person may ask for, the same at every edge: a first day within ten
 * years of today and a range of at most a year, so that no date, however far, makes Nape plan or
 * read more than a year of days.
 */
@NullMarked
package io.nape.app.usecase.dates;

import org.jspecify.annotations.NullMarked;
