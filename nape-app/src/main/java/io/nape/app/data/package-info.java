/**
 * The person's data as files they own: the versioned JSON export and its import, CSV tables for
 * spreadsheets, and the catalogue files of the data folder.
 */
@NullMarked
package io.nape.app.data;

import org.jspecify.annotations.NullMarked;
