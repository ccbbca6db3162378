/** The safety check on the web: answers in, advice out, every check stored. */
@NullMarked
package io.nape.app.web.triage;

import org.jspecify.annotations.NullMarked;
