/** A liveness answer that does no work, the baseline for throughput measurements. */
@NullMarked
package io.nape.app.web.health;

import org.jspecify.annotations.NullMarked;
