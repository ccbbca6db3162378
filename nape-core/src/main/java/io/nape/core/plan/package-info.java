/**
 * The daily plan and its reminders: settings, the plan engine (time-zone and daylight-saving safe)
 * and the reminder schedule that fires each planned event once.
 */
@NullMarked
package io.nape.core.plan;

import org.jspecify.annotations.NullMarked;
