/** Export the plan to files other programs read, such as an iCalendar file. */
@NullMarked
package io.nape.app.cli.export;

import org.jspecify.annotations.NullMarked;
