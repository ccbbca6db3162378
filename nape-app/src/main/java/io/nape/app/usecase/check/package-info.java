/** Take a check: assess what a person reports and keep it as the advice in force, unless it says nothing. */
@NullMarked
package io.nape.app.usecase.check;

import org.jspecify.annotations.NullMarked;
