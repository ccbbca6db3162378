/** Today's plan: what is done and what is next. */
@NullMarked
package io.nape.app.cli.today;

import org.jspecify.annotations.NullMarked;
