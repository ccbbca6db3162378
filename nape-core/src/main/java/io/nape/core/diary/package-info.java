/** What happened: session logs, pain entries and the ports that store them. */
@NullMarked
package io.nape.core.diary;

import org.jspecify.annotations.NullMarked;
