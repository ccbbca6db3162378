package io.nape.store.persistence;

import io.nape.core.person.PersonId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Run each use of the database for one person. Every statement of a repository names the person's
 * rows itself ({@code person_id = :person}, bound to {@link #id()}): that filter is the wall on
 * SQLite, which has no row-level security.
 *
 * <p>On PostgreSQL every use also runs in a transaction that first sets {@code nape.person} to the
 * person, transaction-local ({@code set_config(..., true)}), so that the row-level security
 * policies of migration V8 let this person's rows through and no other's, a second wall, and a
 * pooled connection never carries one person's setting into another's work. On SQLite a use that
 * ran outside a transaction still does, so the local program behaves as before.
 */
public final class PersonScope {
    /** The name every statement gives the person's id. */
    public static final String PERSON = "person";

    private final Jdbi jdbi;
    private final SqlDialect dialect;
    private final PersonId person;

    public PersonScope(Database database, PersonId person) {
        this.jdbi = database.jdbi();
        this.dialect = database.dialect();
        this.person = person;
    }

    public PersonId person() {
        return person;
    }

    /** The person's id as the {@code person_id} column keeps it. */
    public String id() {
        return person.value();
    }

    /** Read (or write a single statement) as before on SQLite; in a transaction for the person on PostgreSQL. */
    public <R, X extends Exception> R withHandle(HandleCallback<R, X> callback) throws X {
        if (dialect == SqlDialect.SQLITE) {
            return jdbi.withHandle(callback);
        }
        return inTransaction(callback);
    }

    /** As {@link #withHandle}, for a use that gives nothing back. */
    public <X extends Exception> void useHandle(HandleConsumer<X> consumer) throws X {
        if (dialect == SqlDialect.SQLITE) {
            jdbi.useHandle(consumer);
        } else {
            useTransaction(consumer);
        }
    }

    /** Run in one transaction, for the person on PostgreSQL. */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
        return jdbi.inTransaction(handle -> {
            enter(handle);
            return callback.withHandle(handle);
        });
    }

    /** As {@link #inTransaction}, for a use that gives nothing back. */
    public <X extends Exception> void useTransaction(HandleConsumer<X> consumer) throws X {
        jdbi.useTransaction(handle -> {
            enter(handle);
            consumer.useHandle(handle);
        });
    }

    /** Name the person for the row-level security of the transaction under way (PostgreSQL only). */
    private void enter(Handle handle) {
        if (dialect == SqlDialect.POSTGRESQL) {
            handle.createQuery("SELECT set_config('nape.person', :" + PERSON + ", true)")
                    .bind(PERSON, id())
                    .mapTo(String.class)
                    .one();
        }
    }
}
