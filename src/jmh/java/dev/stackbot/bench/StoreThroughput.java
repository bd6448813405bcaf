package dev.stackbot.bench;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.store.ServedAnswer;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreConfig;
import dev.stackbot.store.Surface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Records N answers of the shipped knowledge (one in five declined) into a fresh SQLite store as fast as the
 * queue takes them, and prints the sustained rate, the time one record() call takes on the answer path
 * (p50, p99, max) and the store's size on disk. Usage: StoreThroughput DIR N
 */
public final class StoreThroughput {

    private StoreThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        AskService engine = new AskService(LiveKnowledge.open(Path.of("knowledge")));
        Answer covered = engine.ask("is Node faster for APIs?", List.of());
        Answer declined = engine.ask("best pizza topping?", List.of());
        long[] callNanos = new long[n];
        double seconds;
        try (Store store = Store.open(StoreConfig.sqlite(dir))) {
            store.flush(Duration.ofSeconds(10)); // the schema is there before the clock starts
            String asker = store.askerHash(42);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ServedAnswer answer = new ServedAnswer("bench" + i, Instant.now(), 1L, 2L, asker, Surface.SLASH, 100,
                        i % 5 == 0 ? declined : covered);
                long call;
                boolean taken;
                do { // a full queue drops the answer: a real bot would lose it; here it waits, to measure the writer
                    long before = System.nanoTime();
                    taken = store.record(answer);
                    call = System.nanoTime() - before;
                } while (!taken);
                callNanos[i] = call;
            }
            if (!store.flush(Duration.ofMinutes(10))) {
                throw new IllegalStateException("the writer did not drain in 10 minutes");
            }
            seconds = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(callNanos);
        System.out.printf("store: %d answers in %.1f s = %.0f answers/s sustained (SQLite)%n", n, seconds, n / seconds);
        System.out.printf("store: record() on the answer path: p50 %.2f µs, p99 %.2f µs, max %.1f µs%n",
                callNanos[n / 2] / 1e3, callNanos[(int) (n * 0.99)] / 1e3, callNanos[n - 1] / 1e3);
        System.out.printf("store: %.1f MB on disk for %d answers (%.1f KB each)%n", size(dir) / 1e6, n,
                size(dir) / 1e3 / n);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path file : files.toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
