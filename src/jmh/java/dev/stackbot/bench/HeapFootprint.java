package dev.stackbot.bench;

import dev.stackbot.answer.AskService;
import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.synthetic.SyntheticKnowledge;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Retained heap of a loaded snapshot: used heap after full GCs with the snapshot served and its answer
 * cache full, minus the same before loading. Run it with -Xmx512m (bin/bench does): finishing at all
 * shows build and serving fit the 100k target. Usage: HeapFootprint PASSAGES [shipped]
 */
public final class HeapFootprint {

    private HeapFootprint() {
    }

    public static void main(String[] args) throws Exception {
        Path dir;
        String label;
        if (args.length > 1 && args[1].equals("shipped")) {
            dir = Path.of("knowledge");
            label = "shipped";
        } else {
            dir = Files.createTempDirectory("stackbot-heap-");
            SyntheticKnowledge.write(SyntheticKnowledge.Spec.ofPassages(Integer.parseInt(args[0])), dir);
            label = args[0] + " asked";
        }
        long before = usedAfterGc();
        LiveKnowledge live = LiveKnowledge.open(dir);
        long snapshotOnly = usedAfterGc() - before;
        AskService ask = new AskService(live);
        // fill the answer cache to its bound with distinct questions, as a long-running bot would
        for (int i = 0; i < AskService.DEFAULT_CACHE_SIZE; i++) {
            ask.ask("is " + live.current().knowledge().entities().get(i % live.current().knowledge().entities().size()).name()
                    + " fast for service " + i + "?");
        }
        long withCache = usedAfterGc() - before;
        KnowledgeSnapshot snapshot = live.current();
        System.out.printf(Locale.ROOT, "heap %s: passages=%d snapshot=%.1f MB snapshot+full-cache=%.1f MB max-heap=%d MB%n",
                label, snapshot.passages().size(), snapshotOnly / 1048576.0, withCache / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
