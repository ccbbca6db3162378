/** Run the reminders, and pause or resume them. */
@NullMarked
package io.nape.app.cli.reminders;

import org.jspecify.annotations.NullMarked;
