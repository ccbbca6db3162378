/** Train the class-data archive that makes every start faster. */
@NullMarked
package io.nape.app.cli.startup;

import org.jspecify.annotations.NullMarked;
