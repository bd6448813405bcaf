package dev.stackbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stackbot.discord.fake.FakeDiscord;
import dev.stackbot.discord.fake.Ids;
import dev.stackbot.discord.fake.Payloads;
import dev.stackbot.discord.fake.RecordedRequest;
import dev.stackbot.semantic.EmbeddingModel;
import dev.stackbot.semantic.OnnxEmbedder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stackbot against a naive JDA bot, side by side in one run, on the fake Discord (loopback): each bot a child JVM
 * of its own pointed at the fake, which this process runs and times. Per bot: CPU per ask over 2,000 asks from
 * 500 users after a warm-up, the threads left after the run, and two bursts (200 /ask from 60 users 5 ms apart;
 * 300 from 60 users within 0.1 s) with ack latency (INTERACTION_CREATE sent → the bot's first callback received),
 * answer latency (→ the callback or edit that carries the answer) and how many went unacknowledged for 3 s.
 * Every question is new (a numbered variant of the shipped benchmark questions), so no answer or question-vector
 * cache helps, and each user asks at most 5 times in 30 s, so Stackbot's cooldown refuses none (refusals are
 * counted all the same).
 *
 * <p>Usage (bin/bench --discord): {@code DiscordBench CLASSPATH OUT_DIR [--jfr]}; CLASSPATH is the children's.
 */
public final class DiscordBench {

    private static final Duration DISCORD_WINDOW = Duration.ofSeconds(3);
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/[^/]+/callback");
    private static final Pattern EDIT = Pattern.compile("webhooks/\\d+/itoken-(\\d+)/messages/@original");

    /** One bot to measure: its name in the report, the main class and the environment on top of the fake's. */
    private record Bot(String name, String mainClass, List<String> args, Map<String, String> env) {
    }

    /** What happened to one interaction, in nanoTime of this process. */
    private static final class Timing {
        final long sent;
        volatile long firstResponse;
        volatile int firstType;
        volatile long answered;
        volatile String outcome;

        Timing(long sent) {
            this.sent = sent;
        }
    }

    /** One phase's figures. */
    private record Phase(int asks, long ackP50, long ackP99, long answerP50, long answerP99, int unacked, int direct,
                         int deferred, int answered, int refused, int busy, int failed) {
    }

    private record Result(String bot, int warmUpAsks, double cpuPerAskMs, double jitPerAskMs, double repeatedCpuPerAskMs,
                          double repeatedJitPerAskMs, double idleCpuPerSecondMs,
                          Phase cpuRun, Phase repeatedRun, Phase burst, Phase hardBurst, long threadsAfter,
                          long peakRssKb) {
    }

    private final FakeDiscord discord;
    private final String classpath;
    private final Path out;
    private final boolean jfr;
    private final Map<Long, Timing> timings = new ConcurrentHashMap<>();
    private final List<String> baseQuestions = BenchQuestions.shipped();
    private int questionSerial;

    private DiscordBench(FakeDiscord discord, String classpath, Path out, boolean jfr) {
        this.discord = discord;
        this.classpath = classpath;
        this.out = out;
        this.jfr = jfr;
        discord.observeRequests(this::observe);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DiscordBench CLASSPATH OUT_DIR [--jfr]");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        boolean jfr = args.length > 2 && args[2].equals("--jfr");
        String token = "bench-token-" + UUID.randomUUID();
        String stackbotClasspath = String.join(java.io.File.pathSeparator,
                java.util.Arrays.stream(args[0].split(java.io.File.pathSeparator))
                        .filter(p -> !p.endsWith("test-classes")).toList());
        List<Result> results = new ArrayList<>();
        List<String> measuredQuestions;
        try (FakeDiscord discord = FakeDiscord.start(token)) {
            DiscordBench bench = new DiscordBench(discord, args[0], out, jfr);
            Map<String, String> common = Map.of("DISCORD_TOKEN", token,
                    "STACKBOT_DISCORD_API_URL", discord.restUrl(), "STACKBOT_DISCORD_GATEWAY_URL", discord.gatewayUrl());
            List<Bot> bots = List.of(
                    new Bot("naive JDA bot", NaiveJdaBot.class.getName(), List.of(), common),
                    new Bot("Stackbot, semantic off", "dev.stackbot.app.Main", List.of("serve", "--knowledge", "knowledge"),
                            stackbotEnv(common, "off", out.resolve("data-off"))),
                    new Bot("Stackbot, semantic on", "dev.stackbot.app.Main", List.of("serve", "--knowledge", "knowledge"),
                            stackbotEnv(common, "on", out.resolve("data-on"))));
            // -Dbench.bots=off,on (a profiling session) runs only the bots whose names contain one of them
            String only = System.getProperty("bench.bots", "");
            for (Bot bot : bots) {
                if (!only.isEmpty() && java.util.Arrays.stream(only.split(",")).noneMatch(bot.name()::contains)) {
                    continue;
                }
                String cp = bot.mainClass().startsWith("dev.stackbot.app") ? stackbotClasspath : args[0];
                results.add(bench.measure(bot, cp));
            }
            measuredQuestions = bench.cpuRunQuestions;
        }
        double modelMs = modelCostPerQuestion(measuredQuestions);
        String report = report(results, modelMs);
        System.out.println(report);
        Files.writeString(out.resolve("discord.txt"), report);
    }

    private static Map<String, String> stackbotEnv(Map<String, String> common, String semantic, Path data)
            throws IOException {
        // a fresh store each run; the vector cache is kept between runs, as a deployment keeps it
        Path store = data.resolve("stackbot.db");
        Files.deleteIfExists(store);
        Files.deleteIfExists(data.resolve("stackbot.db-wal"));
        Files.deleteIfExists(data.resolve("stackbot.db-shm"));
        Map<String, String> env = new HashMap<>(common);
        env.put("STACKBOT_GUILD_IDS", Long.toString(Ids.GUILD));
        env.put("STACKBOT_SEMANTIC", semantic);
        env.put("STACKBOT_DATA", data.toString());
        return env;
    }

    private List<String> cpuRunQuestions = List.of();

    private Result measure(Bot bot, String cp) throws Exception {
        System.err.println("bench: starting " + bot.name());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
        if (jfr) {
            String file = out.resolve(bot.name().replaceAll("[^A-Za-z]+", "-") + ".jfr").toString();
            command.add("-XX:StartFlightRecording=filename=" + file + ",settings=profile");
        }
        command.addAll(List.of("-cp", cp, bot.mainClass()));
        command.addAll(bot.args());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(out.resolve(bot.name().replaceAll("[^A-Za-z]+", "-") + ".log").toFile());
        builder.environment().putAll(bot.env());
        Process process = builder.start();
        try {
            awaitReady(process);
            System.err.println(java.time.Instant.now() + " bench: " + bot.name() + " answers; warming up");
            // warm-up: the JIT compiles the whole path (the engine's answers keep getting cheaper for some
            // thousands), and the pools reach their working size. At least 4,000 asks, then rounds of 1,000 until
            // the JIT compiler's threads take under a tenth of the bot's CPU (at most 20,000 asks): a bot runs for
            // days, and its compilation is a one-time cost, but 4,000 asks left Stackbot's C2 compiling through
            // the measured runs (4.6 of its 6.7 ms per ask), the naive bot's much less (0.4 of 1.0 ms)
            int warmUp = 0;
            double compilerShare = 1;
            while (warmUp < 4_000 || (compilerShare > 0.10 && warmUp < 20_000)) {
                Map<String, long[]> before = threadTicks(process.pid());
                runPaced(users(1_000), 1_000, Duration.ofMillis(5), true);
                warmUp += 1_000;
                compilerShare = compilerShare(before, threadTicks(process.pid()));
            }
            System.err.printf(Locale.ROOT, "%s bench: %s warmed up with %,d asks (JIT compiler %.0f%% of the last 1,000's CPU)%n",
                    java.time.Instant.now(), bot.name(), warmUp, compilerShare * 100);
            settle();
            long idleBefore = cpuNanos(process);
            Thread.sleep(2_000);
            double idlePerSecondMs = (cpuNanos(process) - idleBefore) / 2e6;

            System.err.println(java.time.Instant.now() + " bench: " + bot.name() + ": 2,000 asks from 500 users");
            Map<String, long[]> threadsBefore = threadTicks(process.pid());
            long cpuBefore = cpuNanos(process);
            Map<Long, Timing> cpuRun = runPaced(users(500), 2_000, Duration.ofMillis(10), true);
            Thread.sleep(1_000); // what the answers leave behind (the store's writes) belongs to them too
            long cpu = cpuNanos(process) - cpuBefore;
            Map<String, long[]> threadsAfter = threadTicks(process.pid());
            double jitMs = compilerMs(threadsBefore, threadsAfter) / cpuRun.size();
            String threadsNew = threadBreakdown(threadsBefore, threadsAfter, cpuRun.size());
            settle();
            System.err.println(java.time.Instant.now() + " bench: " + bot.name() + ": 2,000 asks from 500 users, the 38 questions over and over");
            threadsBefore = threadTicks(process.pid());
            long repeatedBefore = cpuNanos(process);
            Map<Long, Timing> repeatedRun = runPaced(users(500), 2_000, Duration.ofMillis(10), false);
            Thread.sleep(1_000);
            long repeatedCpu = cpuNanos(process) - repeatedBefore;
            threadsAfter = threadTicks(process.pid());
            double repeatedJitMs = compilerMs(threadsBefore, threadsAfter) / repeatedRun.size();
            String threadsRepeated = threadBreakdown(threadsBefore, threadsAfter, repeatedRun.size());
            Files.writeString(out.resolve(bot.name().replaceAll("[^A-Za-z]+", "-") + "-threads.txt"),
                    bot.name() + ": CPU per ask by thread (user + kernel, ms; /proc ticks of 10 ms)\n\n"
                            + "2,000 new questions\n" + threadsNew + "\nthe 38 questions over and over\n"
                            + threadsRepeated);
            settle();

            System.err.println(java.time.Instant.now() + " bench: " + bot.name() + ": burst of 200 from 60 users, 5 ms apart");
            Phase burst = phase(runPaced(users(60), 200, Duration.ofMillis(5), true));
            settle();
            System.err.println(java.time.Instant.now() + " bench: " + bot.name() + ": burst of 300 from 60 users within 0.1 s");
            Phase hard = phase(runPaced(users(60), 300, Duration.ofNanos(100_000_000L / 300), true));
            settle();
            long threads = procStatus(process.pid(), "Threads:");
            long rss = procStatus(process.pid(), "VmHWM:");
            return new Result(bot.name(), warmUp, cpu / 1e6 / cpuRun.size(), jitMs, repeatedCpu / 1e6 / repeatedRun.size(),
                    repeatedJitMs, idlePerSecondMs, phase(cpuRun), phase(repeatedRun), burst, hard, threads, rss);
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            discord.forgetRequests();
            timings.clear();
        }
    }

    /** Asks from a probe user until one is answered: the bot is logged in and its listener runs. */
    private void awaitReady(Process process) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bot exited with " + process.exitValue() + " before answering");
            }
            if (discord.gatewayConnections() > 0) {
                try {
                    long id = send(Ids.fresh(), "is Go faster than Rust?");
                    Thread.sleep(500);
                    Timing probe = timings.remove(id);
                    if (probe != null && probe.answered != 0) {
                        Thread.sleep(500);
                        timings.clear();
                        return;
                    }
                } catch (IllegalStateException notConnected) {
                    // the bot's gateway connection is not up yet
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the bot did not answer within 3 minutes");
    }

    private static List<Long> users(int count) {
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(Ids.fresh());
        }
        return users;
    }

    /**
     * Sends {@code asks} /ask interactions from {@code users} in turn, {@code gap} apart; waits for them all.
     *
     * @param fresh every question new (a numbered variant), else the benchmark questions as they are, over and over
     */
    private Map<Long, Timing> runPaced(List<Long> users, int asks, Duration gap, boolean fresh)
            throws InterruptedException {
        Map<Long, Timing> phase = new LinkedHashMap<>();
        List<String> questions = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < asks; i++) {
            long due = start + i * gap.toNanos();
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String base = baseQuestions.get(questionSerial % baseQuestions.size());
            String question = fresh ? base + " #" + questionSerial : base;
            questionSerial++;
            questions.add(question);
            long id = send(users.get(i % users.size()), question);
            phase.put(id, timings.get(id));
        }
        if (asks == 2_000 && fresh) {
            cpuRunQuestions = questions;
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end && phase.values().stream().anyMatch(t -> t.answered == 0)) {
            Thread.sleep(20);
        }
        return phase;
    }

    private long send(long userId, String question) {
        long id = discord.nextId();
        JsonNode payload = Payloads.slashCommand(id, discord.commandId("ask"), "ask", userId, Map.of("question", question));
        timings.put(id, new Timing(System.nanoTime()));
        discord.dispatch("INTERACTION_CREATE", payload);
        return id;
    }

    /** Between phases: the bots' queues drain and nothing of one phase is timed in the next. */
    private void settle() throws InterruptedException {
        Thread.sleep(2_000);
        discord.forgetRequests();
    }

    private void observe(RecordedRequest request) {
        long now = System.nanoTime();
        Matcher callback = CALLBACK.matcher(request.path());
        if (request.method().equals("POST") && callback.matches()) {
            Timing t = timings.get(Long.parseLong(callback.group(1)));
            if (t == null || request.status() >= 300) {
                return;
            }
            int type = request.body().path("type").asInt();
            if (t.firstResponse == 0) {
                t.firstType = type;
                t.firstResponse = now;
            }
            if (type == 4) {
                answered(t, request.body().path("data"), now);
            }
            return;
        }
        Matcher edit = EDIT.matcher(request.path());
        if (request.method().equals("PATCH") && edit.matches() && request.status() < 300) {
            Timing t = timings.get(Long.parseLong(edit.group(1)));
            if (t != null) {
                answered(t, request.body(), now);
            }
        }
    }

    private static void answered(Timing t, JsonNode message, long now) {
        String title = message.path("embeds").path(0).path("title").asText("");
        t.outcome = switch (title) {
            case "Slow down a little" -> "refused";
            case "Busy" -> "busy";
            case "Something went wrong" -> "failed";
            default -> "answered";
        };
        t.answered = now;
    }

    private static Phase phase(Map<Long, Timing> phase) {
        List<Long> acks = new ArrayList<>();
        List<Long> answers = new ArrayList<>();
        int unacked = 0;
        int direct = 0;
        int deferred = 0;
        Map<String, Integer> outcomes = new HashMap<>();
        for (Timing t : phase.values()) {
            long ack = t.firstResponse == 0 ? Long.MAX_VALUE : t.firstResponse - t.sent;
            if (ack > DISCORD_WINDOW.toNanos()) {
                unacked++;
            }
            if (t.firstResponse != 0) {
                acks.add(ack);
                if (t.firstType == 4) {
                    direct++;
                } else if (t.firstType == 5) {
                    deferred++;
                }
            }
            if (t.answered != 0) {
                answers.add(t.answered - t.sent);
                outcomes.merge(t.outcome, 1, Integer::sum);
            }
        }
        return new Phase(phase.size(), pct(acks, 50), pct(acks, 99), pct(answers, 50), pct(answers, 99), unacked,
                direct, deferred, outcomes.getOrDefault("answered", 0), outcomes.getOrDefault("refused", 0),
                outcomes.getOrDefault("busy", 0), outcomes.getOrDefault("failed", 0));
    }

    /** The percentile in ms (nearest rank), or -1 when nothing was measured. */
    private static long pct(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return -1;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return Math.round(sorted.get(Math.max(0, rank)) / 1e6);
    }

    private static long cpuNanos(Process process) {
        return process.info().totalCpuDuration().map(Duration::toNanos)
                .orElseThrow(() -> new IllegalStateException("no CPU time for the child process"));
    }

    /**
     * Each thread's user and kernel CPU ticks (/proc/PID/task/TID/stat), summed by name with the digits left out
     * ("stackbot-worker-1" and "-2" are one line): JIT, GC and kernel time count, which a Java profile misses.
     * Keyed by TID#name; a thread that ends between two readings is missing from the breakdown (not from the
     * process's CPU).
     */
    private static Map<String, long[]> threadTicks(long pid) throws IOException {
        Map<String, long[]> ticks = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                // TID#name: a thread is matched by its id across readings (OkHttp renames its threads as they
                // run), and one that ends between two readings is left out rather than subtracted
                String name = task.getFileName() + "#" + stat.substring(open + 1, close).replaceAll("[0-9]+", "N");
                String[] fields = stat.substring(close + 2).split(" ");
                // after the name: state is field 3 of stat(5), utime 14 and stime 15
                long[] sum = ticks.computeIfAbsent(name, k -> new long[2]);
                sum[0] += Long.parseLong(fields[11]);
                sum[1] += Long.parseLong(fields[12]);
            }
        }
        return ticks;
    }

    /** The same thread's ticks in an earlier reading (by TID, whatever its name was), or none. */
    private static long[] earlier(Map<String, long[]> before, String key) {
        String tid = key.substring(0, key.indexOf('#') + 1);
        for (Map.Entry<String, long[]> e : before.entrySet()) {
            if (e.getKey().startsWith(tid)) {
                return e.getValue();
            }
        }
        return new long[2];
    }

    /** The JIT compiler threads' share of all threads' CPU between two readings. */
    private static double compilerShare(Map<String, long[]> before, Map<String, long[]> after) {
        long all = 0;
        long compiler = 0;
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            long[] b = earlier(before, e.getKey());
            long ticks = e.getValue()[0] + e.getValue()[1] - b[0] - b[1];
            all += ticks;
            if (e.getKey().contains("CompilerThre")) {
                compiler += ticks;
            }
        }
        return all == 0 ? 0 : compiler / (double) all;
    }

    /** The JIT compiler threads' CPU between two readings, in ms. */
    private static double compilerMs(Map<String, long[]> before, Map<String, long[]> after) {
        long ticks = 0;
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            if (e.getKey().contains("CompilerThre")) {
                long[] b = earlier(before, e.getKey());
                ticks += e.getValue()[0] + e.getValue()[1] - b[0] - b[1];
            }
        }
        return ticks * 10.0; // USER_HZ 100: a tick is 10 ms
    }

    private static String threadBreakdown(Map<String, long[]> before, Map<String, long[]> after, int asks) {
        double msPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux
        record Line(String name, double user, double kernel) {
        }
        List<Line> lines = new ArrayList<>();
        double user = 0;
        double kernel = 0;
        Map<String, double[]> byName = new HashMap<>();
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            long[] b = earlier(before, e.getKey());
            double[] sum = byName.computeIfAbsent(e.getKey().substring(e.getKey().indexOf('#') + 1), k -> new double[2]);
            sum[0] += (e.getValue()[0] - b[0]) * msPerTick / asks;
            sum[1] += (e.getValue()[1] - b[1]) * msPerTick / asks;
        }
        for (Map.Entry<String, double[]> e : byName.entrySet()) {
            double u = e.getValue()[0];
            double k = e.getValue()[1];
            user += u;
            kernel += k;
            if (u + k > 0) {
                lines.add(new Line(e.getKey(), u, k));
            }
        }
        lines.sort((x, y) -> Double.compare(y.user() + y.kernel(), x.user() + x.kernel()));
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "  %-18s %6.3f = %6.3f user + %6.3f kernel%n",
                "threads alive at the end", user + kernel, user, kernel));
        for (Line line : lines) {
            text.append(String.format(Locale.ROOT, "  %-18s %6.3f = %6.3f user + %6.3f kernel%n", line.name(),
                    line.user() + line.kernel(), line.user(), line.kernel()));
        }
        return text.toString();
    }

    /** A number of /proc/PID/status (Threads:, VmHWM: in kB). */
    private static long procStatus(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
            }
        }
        return -1;
    }

    /**
     * The model's own CPU per new question: the served model embedding each question of the CPU run once, on
     * this thread (ONNX Runtime runs with one intra-op thread: the caller's), after 300 warm-up questions.
     */
    private static double modelCostPerQuestion(List<String> questions) {
        try (OnnxEmbedder model = OnnxEmbedder.load(EmbeddingModel.MINILM)) {
            for (int i = 0; i < 300; i++) {
                model.query("warm-up question " + i + " " + questions.get(i % questions.size()));
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadCpuTime();
            for (String question : questions) {
                model.query(question);
            }
            return (threads.getCurrentThreadCpuTime() - before) / 1e6 / questions.size();
        } catch (RuntimeException e) {
            System.err.println("bench: the model cannot run here: " + e.getMessage());
            return Double.NaN;
        }
    }

    private static String report(List<Result> results, double modelMs) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "model's own CPU per new question (all-MiniLM-L6-v2 q, this JVM): %.2f ms%n%n",
                modelMs));
        text.append("| measured in one run | ").append(String.join(" | ", results.stream().map(Result::bot).toList()))
                .append(" |\n|---|").append("---|".repeat(results.size())).append('\n');
        row(text, "warm-up (new questions, 5 ms apart)", results, r -> String.format(Locale.ROOT, "%,d asks", r.warmUpAsks()));
        row(text, "bot CPU per ask (2,000 asks from 500 users, 10 ms apart, every question new)", results,
                r -> String.format(Locale.ROOT, "%.2f ms", r.cpuPerAskMs()));
        row(text, "same run: of which the JIT compiler's threads", results,
                r -> String.format(Locale.ROOT, "%.2f ms", r.jitPerAskMs()));
        row(text, "same run: ack p50 / p99, answer p50", results, r -> latencies(r.cpuRun()));
        row(text, "same run: direct / deferred", results, r -> r.cpuRun().direct() + " / " + r.cpuRun().deferred());
        row(text, "bot CPU per ask (2,000 asks from 500 users, 10 ms apart, the 38 questions over and over)", results,
                r -> String.format(Locale.ROOT, "%.2f ms", r.repeatedCpuPerAskMs()));
        row(text, "same run: of which the JIT compiler's threads", results,
                r -> String.format(Locale.ROOT, "%.2f ms", r.repeatedJitPerAskMs()));
        row(text, "same run: ack p50 / p99, answer p50", results, r -> latencies(r.repeatedRun()));
        row(text, "bot CPU when idle, per second", results, r -> String.format(Locale.ROOT, "%.1f ms", r.idleCpuPerSecondMs()));
        row(text, "burst 200 from 60 users 5 ms apart: ack p50 / p99, answer p50", results, r -> latencies(r.burst()));
        row(text, "same burst: answered / refused / busy; direct / deferred", results, r -> outcomes(r.burst()));
        row(text, "burst 300 from 60 users within 0.1 s: ack p50 / p99, answer p50", results, r -> latencies(r.hardBurst()));
        row(text, "same burst: not acknowledged within 3 s", results, r -> Integer.toString(r.hardBurst().unacked()));
        row(text, "same burst: answered / refused / busy; direct / deferred", results, r -> outcomes(r.hardBurst()));
        row(text, "not acknowledged within 3 s, all phases", results, r -> Integer.toString(r.cpuRun().unacked()
                + r.repeatedRun().unacked() + r.burst().unacked() + r.hardBurst().unacked()));
        row(text, "threads after the run", results, r -> Long.toString(r.threadsAfter()));
        row(text, "peak RSS", results, r -> (r.peakRssKb() / 1024) + " MB");
        return text.toString();
    }

    private static String latencies(Phase p) {
        return p.ackP50() + " / " + p.ackP99() + " ms, " + p.answerP50() + " ms";
    }

    private static String outcomes(Phase p) {
        return p.answered() + " / " + p.refused() + " / " + p.busy() + (p.failed() > 0 ? " (" + p.failed() + " failed)" : "")
                + "; " + p.direct() + " / " + p.deferred();
    }

    private static void row(StringBuilder text, String label, List<Result> results,
                            java.util.function.Function<Result, String> cell) {
        text.append("| ").append(label).append(" | ")
                .append(String.join(" | ", results.stream().map(cell).toList())).append(" |\n");
    }
}
