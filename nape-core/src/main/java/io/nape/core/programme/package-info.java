/**
 * How the programme adapts: rules that propose a change of level (or a check) from the recent
 * record, with the reason as data, and the person's decisions on those proposals.
 */
@NullMarked
package io.nape.core.programme;

import org.jspecify.annotations.NullMarked;
