/** Today: where each of the day's events stands, the pause, the day as JSON. */
@NullMarked
package io.nape.app.usecase.today;

import org.jspecify.annotations.NullMarked;
