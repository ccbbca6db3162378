package io.nape.store.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataVersionTest {
    @TempDir
    Path folder;

    private Database database;
    private Handle keeper;
    private DataVersion version;

    @BeforeEach
    void open() {
        database = Database.openSqlite(folder.resolve("nape.db"));
        keeper = database.jdbi().open();
        version = DataVersion.sqlite(keeper.getConnection());
    }

    @AfterEach
    void close() {
        keeper.close();
        database.close();
    }

    @Test
    void staysTheSameWhileNothingIsWritten() {
        OptionalLong before = version.current();
        database.jdbi().useHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM pain_entry")
                .mapTo(Long.class)
                .one());

        assertThat(before).isPresent();
        assertThat(version.current()).isEqualTo(before);
    }

    @Test
    void changesWhenAnotherConnectionOfThisProcessCommits() {
        OptionalLong before = version.current();

        database.jdbi().useHandle(DataVersionTest::insertPainEntry);

        assertThat(version.current()).isPresent().isNotEqualTo(before);
    }

    @Test
    void changesWhenAnotherOpeningOfTheFileCommitsAsAnotherProcessWould() {
        OptionalLong before = version.current();

        try (Database other = Database.openSqlite(folder.resolve("nape.db"))) {
            other.jdbi()
                    .useHandle(handle -> handle.execute(
                            "INSERT INTO reminder_pause (person_id, until_ms) VALUES ('local', ?)"
                                    + " ON CONFLICT (person_id) DO UPDATE SET until_ms = excluded.until_ms",
                            Instant.EPOCH.toEpochMilli()));
        }

        assertThat(version.current()).isPresent().isNotEqualTo(before);
    }

    @Test
    void changesAgainForEveryCommit() {
        database.jdbi().useHandle(DataVersionTest::insertPainEntry);
        OptionalLong afterOne = version.current();

        database.jdbi().useHandle(DataVersionTest::insertPainEntry);

        assertThat(version.current()).isPresent().isNotEqualTo(afterOne);
    }

    @Test
    void isUnknownOnceTheHeldConnectionIsClosed() {
        keeper.close();

        assertThat(version.current()).isEmpty();
    }

    /**
     * Many threads ask at once while commits happen: whatever a thread gets must be at least the
     * version of the data committed before it asked, never an answer from a look that began earlier.
     */
    @Test
    void aQuestionIsNeverAnsweredByALookThatBeganBeforeIt() throws Exception {
        int commits = 150;
        long[] afterCommit = new long[commits + 1];
        AtomicInteger committed = new AtomicInteger();
        afterCommit[0] = directly();
        List<long[]> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService askers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                running.add(askers.submit(() -> {
                    while (!done.get()) {
                        int before = committed.get();
                        answers.add(new long[] {before, version.current().orElseThrow()});
                    }
                }));
            }
            for (int commit = 1; commit <= commits; commit++) {
                database.jdbi().useHandle(DataVersionTest::insertPainEntry);
                committed.set(commit); // at once, while a look begun before the commit may still run
                // the data's version now (nothing else commits), asked of the connection without the watch
                afterCommit[commit] = directly();
                Thread.sleep(1);
            }
            done.set(true);
            for (Future<?> asker : running) {
                asker.get(30, TimeUnit.SECONDS);
            }
        } finally {
            askers.shutdownNow();
        }

        assertThat(answers).hasSizeGreaterThan(commits);
        synchronized (answers) {
            for (long[] answer : answers) {
                assertThat(answer[1])
                        .as("asked after commit %d", answer[0])
                        .isGreaterThanOrEqualTo(afterCommit[(int) answer[0]]);
            }
        }
    }

    /** The same rule without races: a slow look is held open while the data change. */
    @Test
    void aQuestionAskedDuringALookWaitsForTheNextLook() throws Exception {
        CountDownLatch firstLookBegun = new CountDownLatch(1);
        CountDownLatch releaseFirstLook = new CountDownLatch(1);
        AtomicLong data = new AtomicLong(1);
        AtomicInteger looks = new AtomicInteger();
        DataVersion slow = new DataVersion(() -> {
            long seen = data.get();
            if (looks.incrementAndGet() == 1) {
                firstLookBegun.countDown();
                await(releaseFirstLook);
            }
            return OptionalLong.of(seen);
        });
        ExecutorService askers = Executors.newFixedThreadPool(4);
        try {
            Future<OptionalLong> early = askers.submit(slow::current);
            await(firstLookBegun);
            data.set(2); // a commit while the first look runs
            List<Future<OptionalLong>> late = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                late.add(askers.submit(slow::current));
            }
            Thread.sleep(50); // let the late questions queue behind the running look
            releaseFirstLook.countDown();

            assertThat(early.get(10, TimeUnit.SECONDS)).hasValue(1);
            for (Future<OptionalLong> answer : late) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).hasValue(2);
            }
            assertThat(looks.get()).as("one look answers the whole queue").isEqualTo(2);
        } finally {
            askers.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private long directly() {
        return keeper.createQuery("PRAGMA data_version").mapTo(Long.class).one();
    }

    private static void insertPainEntry(Handle handle) {
        handle.execute("INSERT INTO pain_entry (at_ms, pain, areas, characters, stiffness, note)"
                + " VALUES (0, 3, 'neck', '', NULL, '')");
    }
}
