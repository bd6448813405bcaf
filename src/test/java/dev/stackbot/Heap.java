package dev.stackbot;

import java.lang.management.ManagementFactory;

/** Heap measurements for the bounded-memory tests. */
public final class Heap {

    private Heap() {
    }

    /** Used heap after a few collections: close to what is retained, without a heap dump. */
    public static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
