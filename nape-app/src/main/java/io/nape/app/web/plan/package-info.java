/** The daily plan on the web: a range of days, and today with its progress. */
@NullMarked
package io.nape.app.web.plan;

import org.jspecify.annotations.NullMarked;
