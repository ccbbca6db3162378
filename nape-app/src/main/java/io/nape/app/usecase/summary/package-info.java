/**
 * Sum up the last 4 or 12 weeks for the person's doctor: adherence per week, the 7-day pain mean,
 * PSFS answers, checks with their advice, and the level of the exercises.
 */
@NullMarked
package io.nape.app.usecase.summary;

import org.jspecify.annotations.NullMarked;
