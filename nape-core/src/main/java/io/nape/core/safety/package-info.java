/**
 * Safety triage: what a person reports, the rules that read it, and the advice that results. Rules
 * are data; the engine is a pure function of a report.
 */
@NullMarked
package io.nape.core.safety;

import org.jspecify.annotations.NullMarked;
