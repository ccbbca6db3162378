/**
 * The one door every session goes through: whether a routine may start for a person now, under the
 * advice in force. A yes is a {@link io.nape.app.usecase.session.SessionPermit} carrying the
 * timeline to play; players take nothing else. A no is a
 * {@link io.nape.app.usecase.session.SessionRefusal} with its reasons and no wording: each edge
 * says it in its own words.
 */
@NullMarked
package io.nape.app.usecase.session;

import org.jspecify.annotations.NullMarked;
