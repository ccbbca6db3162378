/** Whether the plan is followed and the pain goes down: adherence, streaks and the pain trend. */
@NullMarked
package io.nape.core.progress;

import org.jspecify.annotations.NullMarked;
