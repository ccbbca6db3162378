/** Print the daily plan, and read the settings file it is planned from. */
@NullMarked
package io.nape.app.cli.plan;

import org.jspecify.annotations.NullMarked;
