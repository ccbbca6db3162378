/** Load the safety triage rules from YAML, checked with the file and line of every problem. */
@NullMarked
package io.nape.store.safety;

import org.jspecify.annotations.NullMarked;
