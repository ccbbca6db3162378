/** Show the sessions played. */
@NullMarked
package io.nape.app.cli.history;

import org.jspecify.annotations.NullMarked;
