/**
 * The plan as an RFC 5545 calendar: one recurring event per slot of the plan, built with ical4j so
 * that a calendar program shows the sessions and micro-breaks with their reminders.
 */
@NullMarked
package io.nape.app.calendar;

import org.jspecify.annotations.NullMarked;
