/**
 * The Patient-Specific Functional Scale: up to three activities the neck makes hard, each rated 0
 * (cannot do it) to 10 (as before the problem), the score their mean, and what changed since.
 */
@NullMarked
package io.nape.core.psfs;

import org.jspecify.annotations.NullMarked;
