package dev.stackbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreException;
import dev.stackbot.store.StoreReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * stackbot report: what the maintainer reads to improve the knowledge, from the store: declined questions,
 * 👎'd answers and their reasons and comments, and the covered share this week against last.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Declined questions, disliked answers and the covered share, from the bot's store.")
public final class ReportCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { text, json, csv }

    private static final Pattern PERIOD = Pattern.compile("([1-9][0-9]{0,4})([hdw])");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Option(names = "--since", paramLabel = "PERIOD", defaultValue = "7d",
            description = "How far back: hours, days or weeks, e.g. 24h, 7d, 4w (default: ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--data", paramLabel = "DIR", description = "The bot's data directory (overrides STACKBOT_DATA).")
    Path data;

    @Spec
    CommandSpec spec;

    private final StoreProvider stores;

    public ReportCommand(StoreProvider stores) {
        this.stores = stores;
    }

    /** "7d" → 7 days; null for anything else. */
    static Duration period(String text) {
        Matcher m = PERIOD.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
    }

    @Override
    public Integer call() {
        Duration period = period(since);
        if (period == null) {
            throw new ParameterException(spec.commandLine(),
                    "--since: '" + since + "' is not a period; write e.g. 24h, 7d or 4w");
        }
        StoreReport report;
        try (Store store = stores.open(data)) {
            report = store.report(period);
        } catch (StoreException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("stackbot report: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case text -> text(report);
            case json -> json(report);
            case csv -> csv(report);
        });
        out.flush();
        return 0;
    }

    static String text(StoreReport r) {
        StringBuilder b = new StringBuilder();
        b.append("Stackbot report, ").append(WHEN.format(r.from())).append(" to ").append(WHEN.format(r.to()))
                .append('\n');
        b.append("Questions: ").append(r.questions()).append(", covered ").append(r.covered())
                .append(" (").append(percent(new StoreReport.CoveredShare(r.questions(), r.covered()))).append(")\n");
        b.append("Covered this week: ").append(percent(r.thisWeek())).append(" of ").append(r.thisWeek().questions())
                .append("; last week: ").append(percent(r.lastWeek())).append(" of ").append(r.lastWeek().questions())
                .append('\n');
        b.append("Feedback: ").append(r.votes().getOrDefault("up", 0L)).append(" up, ")
                .append(r.votes().getOrDefault("down", 0L)).append(" down\n");
        groups(b, "Most frequent declined questions", r.declined());
        groups(b, "Most 👎'd answers (by question)", r.downvoted());
        b.append("\nReasons given with 👎\n");
        if (r.reasons().isEmpty()) {
            b.append("  (none)\n");
        }
        r.reasons().forEach((reason, n) -> b.append(String.format(Locale.ROOT, "  %5d  %s%n", n, reason)));
        b.append("\nLatest comments\n");
        if (r.comments().isEmpty()) {
            b.append("  (none)\n");
        }
        for (StoreReport.Comment c : r.comments()) {
            b.append("  “").append(c.comment()).append("”").append(c.reason() == null ? "" : " (" + c.reason() + ")")
                    .append(" on: ").append(c.question()).append('\n');
        }
        return b.toString();
    }

    private static void groups(StringBuilder b, String title, List<StoreReport.QuestionGroup> groups) {
        b.append('\n').append(title).append('\n');
        if (groups.isEmpty()) {
            b.append("  (none)\n");
        }
        for (StoreReport.QuestionGroup g : groups) {
            b.append(String.format(Locale.ROOT, "  %5d  %s%n", g.count(), g.example()));
        }
    }

    private static String percent(StoreReport.CoveredShare share) {
        return share.questions() == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * share.share());
    }

    static String json(StoreReport r) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("from", r.from().toString()).put("to", r.to().toString());
        root.put("questions", r.questions()).put("covered", r.covered());
        groupsJson(root.putArray("declined"), r.declined());
        groupsJson(root.putArray("downvoted"), r.downvoted());
        ObjectNode reasons = root.putObject("reasons");
        r.reasons().forEach(reasons::put);
        ObjectNode votes = root.putObject("votes");
        r.votes().forEach(votes::put);
        ArrayNode comments = root.putArray("comments");
        for (StoreReport.Comment c : r.comments()) {
            comments.addObject().put("question", c.question()).put("reason", c.reason()).put("comment", c.comment());
        }
        for (Map.Entry<String, StoreReport.CoveredShare> week : Map.of("this_week", r.thisWeek(),
                "last_week", r.lastWeek()).entrySet()) {
            root.putObject(week.getKey()).put("questions", week.getValue().questions())
                    .put("covered", week.getValue().covered()).put("share", week.getValue().share());
        }
        return root.toString() + "\n";
    }

    private static void groupsJson(ArrayNode array, List<StoreReport.QuestionGroup> groups) {
        groups.forEach(g -> array.addObject().put("key", g.key()).put("example", g.example()).put("count", g.count()));
    }

    /** One table: section, key, count, example; every list of the report in it. */
    static String csv(StoreReport r) {
        StringBuilder b = new StringBuilder("section,key,count,example\n");
        row(b, "questions", "all", r.questions(), "");
        row(b, "questions", "covered", r.covered(), "");
        row(b, "this_week", "questions", r.thisWeek().questions(), "");
        row(b, "this_week", "covered", r.thisWeek().covered(), "");
        row(b, "last_week", "questions", r.lastWeek().questions(), "");
        row(b, "last_week", "covered", r.lastWeek().covered(), "");
        r.declined().forEach(g -> row(b, "declined", g.key(), g.count(), g.example()));
        r.downvoted().forEach(g -> row(b, "downvoted", g.key(), g.count(), g.example()));
        r.reasons().forEach((reason, n) -> row(b, "reason", reason, n, ""));
        r.votes().forEach((vote, n) -> row(b, "vote", vote, n, ""));
        r.comments().forEach(c -> row(b, "comment", c.reason() == null ? "" : c.reason(), 1,
                c.comment() + " | on: " + c.question()));
        return b.toString();
    }

    private static void row(StringBuilder b, String section, String key, long count, String example) {
        b.append(section).append(',').append(cell(key)).append(',').append(count).append(',').append(cell(example))
                .append('\n');
    }

    // RFC 4180: quote a cell that holds a comma, a quote or a line break, doubling its quotes
    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
