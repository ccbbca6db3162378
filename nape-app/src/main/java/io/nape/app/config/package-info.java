/** Configuration: the data folder, the database and the person's choices, read once at start. */
@NullMarked
package io.nape.app.config;

import org.jspecify.annotations.NullMarked;
