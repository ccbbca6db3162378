/** Import an export file, back up the SQLite data file, and restore a backup. */
@NullMarked
package io.nape.app.cli.data;

import org.jspecify.annotations.NullMarked;
