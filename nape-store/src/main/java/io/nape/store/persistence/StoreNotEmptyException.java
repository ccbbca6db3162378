package io.nape.store.persistence;

import io.nape.core.NapeException;

/** Say that a restore was refused because the store already holds data of the person. */
public final class StoreNotEmptyException extends NapeException {
    private static final long serialVersionUID = 1L;

    StoreNotEmptyException() {
        super("the data store already holds data of this person, so nothing was restored");
        withText("data.storeNotEmpty");
    }
}
