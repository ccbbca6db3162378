/** Export the plan as an iCalendar file, and everything the person owns as JSON or CSV files. */
@NullMarked
package io.nape.app.cli.export;

import org.jspecify.annotations.NullMarked;
