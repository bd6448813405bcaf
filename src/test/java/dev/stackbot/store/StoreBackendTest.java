package dev.stackbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.stackbot.Fixtures;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * The store's behaviour, run once on a real SQLite file and once on a real PostgreSQL: each backend is a
 * subclass that says how to make a fresh database and how to break and repair it.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreBackendTest {

    static final String COVERED = "Is Go faster than Rust?";
    static final String DECLINED = "best pizza topping?";

    private AskService engine;
    private Store store;
    private final List<Store> opened = new ArrayList<>();
    private ListAppender<ILoggingEvent> logs;
    private Logger writerLog;

    /** A config for an empty database of its own. */
    abstract StoreConfig freshDatabase() throws Exception;

    /** Makes writes to the database fail (locked, stopped) until {@link #repair()}. */
    abstract void breakDatabase() throws Exception;

    abstract void repair() throws Exception;

    /** How long a write may wait on a busy database before it fails, in this backend's store. */
    int busyMillis() {
        return 5_000;
    }

    @BeforeAll
    void engine() {
        engine = new AskService(LiveKnowledge.open(Fixtures.FIXTURE));
    }

    @BeforeEach
    void open() throws Exception {
        writerLog = (Logger) LoggerFactory.getLogger(StoreWriter.class);
        logs = new ListAppender<>();
        logs.start();
        writerLog.addAppender(logs);
        store = open(freshDatabase());
    }

    @AfterEach
    void close() {
        opened.forEach(Store::close);
        opened.clear();
        writerLog.detachAppender(logs);
    }

    Store open(StoreConfig config) {
        Store opening = Store.start(new Store(new Database(config, busyMillis()), new AskerHash(new byte[32]),
                Store.QUEUE_CAPACITY, Duration.ofMillis(200), Clock.systemUTC()));
        opened.add(opening);
        return opening;
    }

    ServedAnswer served(String question, long userId, Instant at) {
        Answer answer = engine.ask(question, List.of());
        return new ServedAnswer(UUID.randomUUID().toString(), at, 11L, 22L, store.askerHash(userId), Surface.SLASH,
                123, answer);
    }

    private void flush() throws InterruptedException {
        assertThat(store.flush(Duration.ofSeconds(30))).as("the queue drains").isTrue();
    }

    private List<String> feedbackRow(String answerId) throws SQLException {
        try (Connection c = store.database().connect();
             PreparedStatement s = c.prepareStatement("SELECT vote, reason, comment FROM feedback WHERE answer_id = ?")) {
            s.setString(1, answerId);
            try (ResultSet rows = s.executeQuery()) {
                List<String> row = new ArrayList<>();
                if (rows.next()) {
                    row.add(rows.getString(1));
                    row.add(rows.getString(2));
                    row.add(rows.getString(3));
                }
                return row;
            }
        }
    }

    @Test
    @DisplayName("an answer comes back by its id exactly as it was served, citations and verdict included")
    void answerRoundTrips() throws Exception {
        // given a covered answer and a declined one, recorded
        ServedAnswer covered = served(COVERED, 1, Instant.now());
        ServedAnswer declined = served(DECLINED, 1, Instant.now());
        assertThat(covered.answer().covered()).isTrue();
        assertThat(covered.answer().citations()).isNotEmpty();
        assertThat(declined.answer().covered()).isFalse();
        assertThat(store.record(covered)).isTrue();
        assertThat(store.record(declined)).isTrue();
        // when the writer has drained the queue
        flush();
        // then each is found by its id, equal to what was served, and an unknown id is empty
        assertThat(store.find(covered.id())).contains(covered.answer());
        assertThat(store.find(declined.id())).contains(declined.answer());
        assertThat(store.find("no-such-answer")).isEmpty();
        assertThat(store.count("answers")).isEqualTo(2);
    }

    @Test
    @DisplayName("a 👎 then a reason then a comment make one row; a later 👍 replaces the vote and clears them")
    void feedbackIsOneRowPerPersonAndAnswer() throws Exception {
        // given an answer
        ServedAnswer answer = served(COVERED, 1, Instant.now());
        store.record(answer);
        String clicker = store.askerHash(2);
        // when another user gives a 👎, picks a reason and writes a comment
        store.record(Feedback.vote(answer.id(), clicker, Instant.now(), false));
        store.record(new Feedback(answer.id(), clicker, Instant.now(), false, FeedbackReason.WRONG_VERDICT, null));
        store.record(new Feedback(answer.id(), clicker, Instant.now(), false, null, "  Rust wins this one  "));
        flush();
        // then one row holds all three
        assertThat(feedbackRow(answer.id())).containsExactly("down", "wrong-verdict", "Rust wins this one");
        // when they change their mind
        store.record(Feedback.vote(answer.id(), clicker, Instant.now(), true));
        flush();
        // then the row says 👍 only
        assertThat(feedbackRow(answer.id())).containsExactly("up", null, null);
        assertThat(store.count("feedback")).isEqualTo(1);
    }

    @Test
    @DisplayName("the report groups near-identical declined questions, counts 👎 and reasons, and compares the weeks")
    void reportGroupsAndCounts() throws Exception {
        // given declined questions spelled three ways, a covered answer with two 👎, and one answer from last week
        Instant now = Instant.now();
        store.record(served(DECLINED, 1, now));
        store.record(served("Best pizza topping", 2, now));
        store.record(served("  BEST   pizza topping!!", 3, now));
        store.record(served("What is the weather on Mars?", 3, now));
        ServedAnswer disliked = served(COVERED, 1, now);
        store.record(disliked);
        store.record(new Feedback(disliked.id(), store.askerHash(2), now, false, FeedbackReason.OUTDATED, null));
        store.record(Feedback.vote(disliked.id(), store.askerHash(3), now, false));
        store.record(new Feedback(disliked.id(), store.askerHash(3), now, false, null, "cites the wrong benchmark"));
        store.record(served(COVERED, 4, now.minus(Duration.ofDays(8))));
        flush();
        // when the report of the last 7 days is built
        StoreReport report = store.report(Duration.ofDays(7));
        // then
        assertThat(report.questions()).isEqualTo(5);
        assertThat(report.covered()).isEqualTo(1);
        assertThat(report.declined().get(0)).isEqualTo(new StoreReport.QuestionGroup("best pizza topping", DECLINED, 3));
        assertThat(report.declined()).hasSize(2);
        assertThat(report.downvoted()).containsExactly(new StoreReport.QuestionGroup("is go faster than rust", COVERED, 2));
        assertThat(report.reasons()).containsExactly(java.util.Map.entry("none", 1L), java.util.Map.entry("outdated", 1L));
        assertThat(report.votes()).containsExactly(java.util.Map.entry("down", 2L));
        assertThat(report.comments()).containsExactly(new StoreReport.Comment(COVERED, null, "cites the wrong benchmark"));
        assertThat(report.thisWeek()).isEqualTo(new StoreReport.CoveredShare(5, 1));
        assertThat(report.lastWeek()).isEqualTo(new StoreReport.CoveredShare(1, 1));
    }

    @Test
    @DisplayName("the report counts questions per UTC day (empty days included) and the covered questions' aspects")
    void reportCountsDaysAndAspects() throws Exception {
        // given two covered questions today, a declined one two days ago, and one from before the period
        Instant now = Instant.now();
        store.record(served(COVERED, 1, now));
        store.record(served(COVERED, 2, now));
        store.record(served(DECLINED, 3, now.minus(Duration.ofDays(2))));
        store.record(served(COVERED, 4, now.minus(Duration.ofDays(9))));
        flush();
        String aspect = engine.ask(COVERED, List.of()).aspect();
        // when the report of the last 7 days is built
        StoreReport report = store.report(Duration.ofDays(7));
        // then every day of the period is listed, oldest first, ending today
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
        assertThat(report.days()).hasSizeBetween(7, 8);
        assertThat(report.days().get(report.days().size() - 1)).isEqualTo(new StoreReport.Day(today, 2, 2));
        assertThat(report.days()).contains(new StoreReport.Day(today.minusDays(2), 1, 0));
        assertThat(report.days().stream().mapToLong(StoreReport.Day::questions).sum()).isEqualTo(3);
        assertThat(report.days()).extracting(StoreReport.Day::day).isSorted();
        // and the covered questions' aspect is counted, the declined one is not
        assertThat(aspect).isNotNull();
        assertThat(report.aspects()).containsExactly(java.util.Map.entry(aspect, 2L));
        assertThat(report.coveredShare()).isEqualTo(2.0 / 3);
    }

    @Test
    @DisplayName("forget deletes one person's answers and feedback, through the hash; nobody's raw id is stored")
    void forgetDeletesOnePerson() throws Exception {
        // given answers and feedback of two users with real-looking Discord ids
        long alice = 412345678901234567L;
        long bob = 498765432109876543L;
        ServedAnswer aliceAsks = served(COVERED, alice, Instant.now());
        ServedAnswer bobAsks = served(COVERED, bob, Instant.now());
        store.record(aliceAsks);
        store.record(bobAsks);
        store.record(Feedback.vote(bobAsks.id(), store.askerHash(alice), Instant.now(), false));
        store.record(Feedback.vote(aliceAsks.id(), store.askerHash(bob), Instant.now(), true));
        store.record(Feedback.vote(bobAsks.id(), store.askerHash(bob), Instant.now(), true));
        flush();
        // then no column anywhere holds a raw id
        try (Connection c = store.database().connect(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM answers a JOIN feedback f ON f.answer_id = a.id WHERE a.asker_hash LIKE ? OR"
                        + " f.asker_hash LIKE ? OR a.answer_json LIKE ?")) {
            for (int i = 1; i <= 3; i++) {
                s.setString(i, "%" + alice + "%");
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isZero();
            }
        }
        // when Alice asks to be forgotten
        DeletedRows deleted = store.forget(alice);
        // then her answer, the feedback on it and the feedback she gave are gone; Bob's own stays
        assertThat(deleted).isEqualTo(new DeletedRows(1, 2));
        assertThat(store.find(aliceAsks.id())).isEmpty();
        assertThat(store.find(bobAsks.id())).isPresent();
        assertThat(feedbackRow(bobAsks.id())).containsExactly("up", null, null);
        assertThat(store.forget(alice)).isEqualTo(new DeletedRows(0, 0));
    }

    @Test
    @DisplayName("the retention purge deletes answers and feedback older than the period and keeps the rest")
    void purgeKeepsTheRetentionPeriod() throws Exception {
        // given an answer from 100 days ago with feedback, and one from today
        ServedAnswer old = served(COVERED, 1, Instant.now().minus(Duration.ofDays(100)));
        ServedAnswer recent = served(COVERED, 1, Instant.now());
        store.record(old);
        store.record(Feedback.vote(old.id(), store.askerHash(2), Instant.now().minus(Duration.ofDays(99)), false));
        store.record(recent);
        flush();
        // when the 90-day purge runs (the writer runs it too, once it has written: either may find the old rows)
        store.purge();
        // then the old answer and its feedback are gone, today's answer stays, and a second purge finds nothing
        assertThat(store.find(old.id())).isEmpty();
        assertThat(feedbackRow(old.id())).isEmpty();
        assertThat(store.purge()).isEqualTo(new DeletedRows(0, 0));
        assertThat(store.find(recent.id())).isPresent();
    }

    @Test
    @DisplayName("a store opened again on the same database finds what the first one committed")
    void reopenKeepsWhatWasCommitted() throws Exception {
        // given a database and an answer committed into it
        StoreConfig config = freshDatabase();
        Store first = open(config);
        ServedAnswer answer = served(COVERED, 1, Instant.now());
        first.record(answer);
        assertThat(first.flush(Duration.ofSeconds(30))).isTrue();
        first.close();
        // when a new store opens it (migrations run again, finding the schema there)
        Store second = open(config);
        // then the answer is there
        assertThat(second.find(answer.id())).contains(answer.answer());
    }

    @Test
    @DisplayName("database down: recording never blocks, one warning per incident, writes resume, nothing is lost")
    void survivesTheDatabaseGoingAway() throws Exception {
        // given answers committed before the incident
        List<ServedAnswer> before = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            before.add(served(COVERED, i, Instant.now()));
            store.record(before.get(i));
        }
        flush();
        // when the database breaks and answers keep coming
        breakDatabase();
        List<ServedAnswer> during = new ArrayList<>();
        long slowest = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int i = 0;
        while (!store.stats().down() || i < 100) {
            assertThat(System.nanoTime()).as("the writer notices the failure").isLessThan(deadline);
            ServedAnswer answer = served(i % 2 == 0 ? COVERED : DECLINED, 100 + i, Instant.now());
            long start = System.nanoTime();
            assertThat(store.record(answer)).isTrue();
            slowest = Math.max(slowest, System.nanoTime() - start);
            during.add(answer);
            i++;
            Thread.sleep(i < 100 ? 5 : 50);
        }
        // and a few more write attempts fail
        long failures = store.stats().failures();
        while (store.stats().failures() < failures + 2) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(50);
        }
        // then recording stayed off the database's path and the incident was logged once
        assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofMillis(50));
        assertThat(warnings()).hasSize(1);
        assertThat(store.stats().incidents()).isEqualTo(1);
        // when it is back
        repair();
        flush();
        // then every answer, before and during the incident, is stored once, and the recovery was logged once
        for (ServedAnswer answer : before) {
            assertThat(store.find(answer.id())).contains(answer.answer());
        }
        for (ServedAnswer answer : during) {
            assertThat(store.find(answer.id())).as("written after the incident").isPresent();
        }
        assertThat(store.count("answers")).isEqualTo(before.size() + during.size());
        assertThat(store.stats().down()).isFalse();
        assertThat(store.stats().dropped()).isZero();
        assertThat(warnings()).hasSize(1);
        assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().contains("is back")).hasSize(1);
    }

    private List<ILoggingEvent> warnings() {
        return logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
    }

    @Test
    @DisplayName("answers recorded a few ms apart are committed several to a transaction, every one of them")
    void answersAFewMsApartShareTransactions() throws Exception {
        // given a writer that has created the schema and is idle
        store.record(served(COVERED, 1L, Instant.now()));
        flush();
        long commitsBefore = store.commits();
        long writtenBefore = store.stats().written();

        // when 20 answers come 2 ms apart, as a busy bot's do
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ServedAnswer answer = served(i % 2 == 0 ? COVERED : DECLINED, 100L + i, Instant.now());
            ids.add(answer.id());
            store.record(answer);
            Thread.sleep(2);
        }
        flush();

        // then all are there, in far fewer transactions than answers (one each without the writer's gathering)
        assertThat(store.stats().written() - writtenBefore).isEqualTo(20);
        for (String id : ids) {
            assertThat(store.find(id)).as(id).isPresent();
        }
        assertThat(store.commits() - commitsBefore).isLessThanOrEqualTo(10);
    }

    @Test
    @DisplayName("60 users asking at once for a bounded time: every answer is recorded exactly once")
    void concurrentAskersAreEachRecordedOnce() throws Exception {
        // given 60 threads, each answering with the real engine and recording as a user of its own
        int threads = 60;
        Duration runFor = Duration.ofSeconds(2);
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        AtomicLong refused = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> askers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long user = 1_000 + t;
            askers.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                    long end = System.nanoTime() + runFor.toNanos();
                    int n = 0;
                    while (System.nanoTime() < end) {
                        ServedAnswer answer = served(n++ % 3 == 0 ? DECLINED : COVERED, user, Instant.now());
                        if (store.record(answer)) {
                            ids.add(answer.id());
                        } else {
                            refused.incrementAndGet();
                        }
                        Thread.sleep(20); // 60 users together ask 3,000 questions a second
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        // when they all ask at once
        go.countDown();
        for (Thread asker : askers) {
            asker.join();
        }
        flush();
        // then every accepted answer is in the store exactly once, and none was refused
        assertThat(refused).hasValue(0);
        assertThat(ids.size()).as("answers recorded").isGreaterThan(threads * 50);
        assertThat(store.count("answers")).isEqualTo(ids.size());
        Set<String> stored = new HashSet<>();
        try (Connection c = store.database().connect();
             PreparedStatement s = c.prepareStatement("SELECT id FROM answers");
             ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(store.stats().written()).isEqualTo(ids.size());
    }
}
