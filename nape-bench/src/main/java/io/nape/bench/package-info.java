/** JMH benchmarks of the engines in nape-core, over the built-in catalogue. */
@NullMarked
package io.nape.bench;

import org.jspecify.annotations.NullMarked;
