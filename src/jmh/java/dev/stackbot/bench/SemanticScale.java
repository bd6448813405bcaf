package dev.stackbot.bench;

import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import dev.stackbot.semantic.EmbeddingModel;
import dev.stackbot.semantic.Semantics;
import dev.stackbot.synthetic.SyntheticKnowledge;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The semantic layer at scale, in a new process each time, as a restart is: builds a snapshot of a
 * generated knowledge base of PASSAGES passages with the model on, its vectors cached under DIR, then
 * answers QUESTIONS new questions (each embedded: the answer cache is off) and reports build time, answer
 * percentiles and retained heap. Run it twice on the same DIR: the first build embeds every passage
 * (with progress in the log), the second reads them from the vector cache.
 * Usage: SemanticScale PASSAGES DIR [QUESTIONS]
 */
public final class SemanticScale {

    private SemanticScale() {
    }

    public static void main(String[] args) throws Exception {
        int passages = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        int questions = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        Path knowledge = dir.resolve("knowledge");
        if (!Files.isDirectory(knowledge)) {
            SyntheticKnowledge.write(SyntheticKnowledge.Spec.ofPassages(passages), knowledge);
        }
        boolean cached = Files.isDirectory(dir.resolve("vectors"));
        long before = usedAfterGc();
        long start = System.nanoTime();
        Semantics semantics = Semantics.load(EmbeddingModel.MINILM, dir.resolve("vectors"));
        LiveKnowledge live = LiveKnowledge.open(knowledge, semantics);
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        AskService ask = new AskService(live, 0);
        String[] names = live.current().knowledge().entities().stream().map(e -> e.name()).toArray(String[]::new);
        double[] micros = new double[questions];
        for (int i = 0; i < questions; i++) {
            String question = "is " + names[i % names.length] + " fast for service number " + i + " at scale?";
            long t = System.nanoTime();
            ask.ask(question);
            micros[i] = (System.nanoTime() - t) / 1e3;
        }
        Arrays.sort(micros);
        long heap = usedAfterGc() - before;
        System.out.printf(Locale.ROOT, "semantic scale: passages=%d windows=%d start=%s build=%.1f s answer p50=%.2f ms "
                        + "p99=%.2f ms max=%.2f ms heap=%.0f MB max-heap=%d MB%n",
                live.current().passages().size(), live.current().semantic().vectors().size(),
                cached ? "from the vector cache" : "first (every passage embedded)", buildSeconds,
                micros[questions / 2] / 1e3, micros[(int) Math.ceil(questions * 0.99) - 1] / 1e3, micros[questions - 1] / 1e3,
                heap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        semantics.close();
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
