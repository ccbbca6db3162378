/** The open page as a presence sensor: its reports in, and where the reminders see the person out. */
@NullMarked
package io.nape.app.web.presence;

import org.jspecify.annotations.NullMarked;
