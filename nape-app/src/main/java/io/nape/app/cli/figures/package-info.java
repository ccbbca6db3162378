/** Write the contact sheets of the exercise figures. */
@NullMarked
package io.nape.app.cli.figures;

import org.jspecify.annotations.NullMarked;
