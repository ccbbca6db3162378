/** The {@code measure} command: the PSFS on the command line. */
@NullMarked
package io.nape.app.cli.measure;

import org.jspecify.annotations.NullMarked;
