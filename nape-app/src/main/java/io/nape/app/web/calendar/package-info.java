/** The plan as a calendar file on the web, for calendar programs to subscribe to. */
@NullMarked
package io.nape.app.web.calendar;

import org.jspecify.annotations.NullMarked;
