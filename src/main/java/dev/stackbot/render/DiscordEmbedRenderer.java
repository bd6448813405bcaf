package dev.stackbot.render;

import dev.stackbot.answer.Answer;
import dev.stackbot.answer.Citation;
import dev.stackbot.answer.Comparison;
import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.answer.ReloadResult;
import dev.stackbot.verdict.VerdictKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Renders answers, comparisons, sources, help and reload outcomes as Discord embeds. Every piece has a
 * budget chosen so that no embed can exceed Discord's limits (title 256, description 4096, field name 256,
 * field value 1024, 25 fields, 6000 in all), whatever the question or the knowledge holds.
 */
public final class DiscordEmbedRenderer {

    // Budgets for an answer page: 200 + 256 + 1500 + 3 × (200 + 900) + 300 + 200 = 5756 ≤ 6000.
    static final int AUTHOR = 200;
    static final int TITLE = 256;
    static final int ANSWER_TEXT = 1500;
    static final int CITATION_NAME = 200;
    static final int CITATION_VALUE = 900;
    static final int SUPPORT = 300;
    static final int FOOTER = 200;
    /** Citations one embed may carry; pages hold at most this many. */
    public static final int MAX_CITATIONS_PER_EMBED = 3;

    static final int COLOR_FAVORS = 0x2ECC71;
    static final int COLOR_DEPENDS = 0x3498DB;
    static final int COLOR_CONTESTED = 0xE67E22;
    static final int COLOR_NONE = 0x95A5A6;
    static final int COLOR_ERROR = 0xE74C3C;

    /**
     * The answer with its first page of citations.
     *
     * @param citations the citations to show (page 1); at most {@link #MAX_CITATIONS_PER_EMBED} are used
     * @param total     how many citations the answer has in all (for the footer)
     * @param overview  what the knowledge covers, for the "outside what I know" case; may be null
     */
    public MessageEmbed answer(Answer answer, List<Citation> citations, int total, KnowledgeOverview overview) {
        EmbedBuilder embed = new EmbedBuilder();
        embed.setAuthor(DiscordText.userText("Asked: " + answer.question(), AUTHOR));
        if (!answer.covered()) {
            embed.setTitle("That is outside what I know");
            embed.setColor(COLOR_NONE);
            String lead = DiscordText.clip(DiscordText.clean(answer.text()), 600);
            embed.setDescription(DiscordText.clip(lead + "\n\n" + coverage(overview), ANSWER_TEXT));
            embed.setFooter(footer(answer.knowledgeVersion(), ""));
            return embed.build();
        }
        embed.setTitle(DiscordText.clip(DiscordText.clean(answer.verdict().summary()), TITLE));
        embed.setColor(color(answer.verdict().kind()));
        embed.setDescription(nonEmpty(DiscordText.clip(shortAnswer(answer), ANSWER_TEXT)));
        List<Citation> shown = citations.subList(0, Math.min(MAX_CITATIONS_PER_EMBED, citations.size()));
        shown.forEach(c -> addCitation(embed, c));
        String support = support(answer);
        if (!support.isEmpty()) {
            embed.addField("Support", support, false);
        }
        embed.setFooter(footer(answer.knowledgeVersion(), range(shown, total)));
        return embed.build();
    }

    /** A further page of an answer's citations, for the "More sources" button. */
    public MessageEmbed citationPage(Answer answer, List<Citation> citations, int total) {
        EmbedBuilder embed = new EmbedBuilder();
        List<Citation> shown = citations.subList(0, Math.min(MAX_CITATIONS_PER_EMBED, citations.size()));
        embed.setTitle(shown.isEmpty() ? "No more sources" : "More sources (" + range(shown, total) + ")");
        embed.setColor(color(answer.verdict().kind()));
        embed.setDescription(DiscordText.userText("For: " + answer.question(), AUTHOR));
        shown.forEach(c -> addCitation(embed, c));
        embed.setFooter(footer(answer.knowledgeVersion(), ""));
        return embed.build();
    }

    /** The /compare summary: one field per aspect, each with the verdict and the best quote. */
    public MessageEmbed comparison(Comparison comparison) {
        EmbedBuilder embed = new EmbedBuilder();
        String title = DiscordText.clip(DiscordText.clean(comparison.firstName() + " vs " + comparison.secondName()), TITLE);
        embed.setTitle(title);
        embed.setColor(COLOR_DEPENDS);
        List<Comparison.Row> rows = comparison.rows();
        int shownRows = Math.min(rows.size(), 24); // leave one field slot for the "more" note
        String description = rows.isEmpty() ? "The knowledge has no aspect to compare them on."
                : "Compared over " + rows.size() + " aspect" + (rows.size() == 1 ? "" : "s") + ".";
        embed.setDescription(description);
        // 5400 leaves room for the title, description, footer and the overflow note
        int perRow = shownRows == 0 ? 0 : Math.min(1024 + 100, 5200 / shownRows);
        int nameBudget = Math.min(100, Math.max(20, perRow / 4));
        int valueBudget = Math.min(1024, perRow - nameBudget);
        for (int i = 0; i < shownRows; i++) {
            Comparison.Row row = rows.get(i);
            String name = DiscordText.clip(DiscordText.clean(row.aspectLabel()), nameBudget);
            StringBuilder value = new StringBuilder(DiscordText.clean(row.verdict().summary()));
            for (Citation c : row.citations()) {
                value.append("\n> ").append(DiscordText.escapeMarkdown(DiscordText.clean(c.passage())).replace("\n", " "))
                        .append(" — *").append(DiscordText.clean(c.title())).append('*');
            }
            embed.addField(name.isEmpty() ? "—" : name, nonEmpty(DiscordText.clip(value.toString(), valueBudget)), false);
        }
        if (rows.size() > shownRows) {
            embed.addField("More", (rows.size() - shownRows) + " more aspects: pick one with the aspect option.", false);
        }
        embed.setFooter(footer(comparison.knowledgeVersion(), ""));
        return embed.build();
    }

    /** The /sources list. */
    public MessageEmbed sources(KnowledgeOverview overview) {
        EmbedBuilder embed = new EmbedBuilder();
        embed.setTitle(DiscordText.clip("Sources: " + overview.stats().documents() + " documents, "
                + overview.stats().passages() + " passages, " + overview.stats().rules() + " rules", TITLE));
        embed.setColor(COLOR_DEPENDS);
        StringBuilder lines = new StringBuilder();
        for (KnowledgeOverview.Source s : overview.sources()) {
            lines.append("• **").append(DiscordText.clean(s.title())).append("** — ").append(DiscordText.clean(s.publisher()));
            if (s.published() != null && !s.published().isBlank()) {
                lines.append(", ").append(DiscordText.clean(s.published()));
            }
            lines.append(" (").append(s.passages()).append(" passages)\n");
        }
        embed.setDescription(nonEmpty(DiscordText.clip(lines.toString().strip(), 4000)));
        embed.setFooter(footer(overview.version(), ""));
        return embed.build();
    }

    /** The /help text: the commands and what the knowledge covers. */
    public MessageEmbed help(KnowledgeOverview overview) {
        EmbedBuilder embed = new EmbedBuilder();
        embed.setTitle("Stackbot: technology-stack answers with sources");
        embed.setColor(COLOR_DEPENDS);
        embed.setDescription("""
                Ask me which technology fits a job and I answer from a curated knowledge base, \
                with a verdict and numbered, verbatim quotes from the sources.

                **/ask** `question` — e.g. "Is Node.js faster than Python for APIs?" (add `private` to see it alone)
                **/compare** `first` `second` [`aspect`] — two technologies side by side, with a chart
                **/sources** — the documents I quote
                **/stats** [`days`] — questions per day, covered share, top aspects, feedback, with a chart
                **/help** — this message
                **/reload** — re-read the knowledge (server managers only)
                **/gaps** [`days`] — questions I declined and answers people disliked (server managers only)

                You can also mention me in a channel or send me a DM. A follow-up within 10 minutes \
                ("and for CPU-heavy work?") keeps talking about the same technologies.""");
        embed.addField("What I cover", DiscordText.clip(coverage(overview), 1024), false);
        embed.setFooter(footer(overview == null ? "" : overview.version(), ""));
        return embed.build();
    }

    /** The friendly reply to an empty question. */
    public MessageEmbed emptyQuestion(KnowledgeOverview overview) {
        EmbedBuilder embed = new EmbedBuilder();
        embed.setTitle("What would you like to know?");
        embed.setColor(COLOR_NONE);
        embed.setDescription(DiscordText.clip("Ask me a technology-stack question, e.g. \"Is Node.js faster than "
                + "Python for APIs?\"\n\n" + coverage(overview), 4000));
        return embed.build();
    }

    /** The outcome of /reload: counts before → after and the time it took, or every error found. */
    public MessageEmbed reload(ReloadResult result) {
        EmbedBuilder embed = new EmbedBuilder();
        if (result.swapped()) {
            embed.setTitle("Knowledge reloaded");
            embed.setColor(COLOR_FAVORS);
            embed.setDescription("documents " + result.before().documents() + " → " + result.after().documents()
                    + "\npassages " + result.before().passages() + " → " + result.after().passages()
                    + "\nrules " + result.before().rules() + " → " + result.after().rules()
                    + "\nversion " + DiscordText.clip(DiscordText.clean(result.beforeVersion()), 100)
                    + " → " + DiscordText.clip(DiscordText.clean(result.afterVersion()), 100)
                    + "\ntook " + result.took().toMillis() + " ms");
            return embed.build();
        }
        embed.setTitle(DiscordText.clip("Reload failed: still serving version "
                + DiscordText.clean(result.beforeVersion()), TITLE));
        embed.setColor(COLOR_ERROR);
        StringBuilder text = new StringBuilder(result.errors().size() + " error"
                + (result.errors().size() == 1 ? "" : "s") + " (took " + result.took().toMillis() + " ms):\n");
        int listed = 0;
        for (String error : result.errors()) {
            String line = "• `" + DiscordText.clip(DiscordText.clean(error).replace('`', '\''), 300) + "`\n";
            if (text.length() + line.length() > 3900) {
                break;
            }
            text.append(line);
            listed++;
        }
        if (listed < result.errors().size()) {
            text.append("… and ").append(result.errors().size() - listed).append(" more");
        }
        embed.setDescription(text.toString().strip());
        return embed.build();
    }

    /** A short notice (cooldown, refusal, expired button, internal error): never a stack trace. */
    public MessageEmbed notice(String title, String text) {
        EmbedBuilder embed = new EmbedBuilder();
        embed.setTitle(DiscordText.clip(DiscordText.clean(title), TITLE));
        embed.setColor(COLOR_NONE);
        embed.setDescription(nonEmpty(DiscordText.clip(DiscordText.clean(text), 2000)));
        return embed.build();
    }

    /** The answer text without its first line when that line only repeats the verdict shown as the title. */
    static String shortAnswer(Answer answer) {
        String text = DiscordText.clean(answer.text());
        String summary = DiscordText.clean(answer.verdict().summary());
        int newline = text.indexOf('\n');
        if (newline > 0 && text.substring(0, newline).strip().equals(summary)) {
            return text.substring(newline + 1).strip();
        }
        return text;
    }

    /** One line saying which entities and aspects the knowledge covers. */
    static String coverage(KnowledgeOverview overview) {
        if (overview == null || overview.entities().isEmpty()) {
            return "I answer technology-stack questions from my knowledge base; try /sources to see what it holds.";
        }
        StringJoiner entities = new StringJoiner(", ");
        overview.entities().forEach(e -> entities.add(DiscordText.clean(e.name())));
        StringJoiner aspects = new StringJoiner(", ");
        overview.aspects().forEach(a -> aspects.add(DiscordText.clean(a.name())));
        String text = "I cover " + DiscordText.clip(entities.toString(), 500);
        if (aspects.length() > 0) {
            text += ", on " + DiscordText.clip(aspects.toString(), 400);
        }
        return text + ".";
    }

    /** Characters of one correction under a quote: enough for a sentence and its reference. */
    private static final int ERRATUM = 300;

    private static void addCitation(EmbedBuilder embed, Citation c) {
        String publisher = c.publisher() == null || c.publisher().isBlank() ? "" : " — " + DiscordText.clean(c.publisher());
        String name = DiscordText.clip("[" + c.n() + "] " + DiscordText.clean(c.title()) + publisher, CITATION_NAME);
        // escaped, so that a source's *stars*, __underscores__ or `ticks` show as written, not as formatting
        StringBuilder corrections = new StringBuilder();
        for (var erratum : c.errata()) {
            corrections.append("\n\u26A0\uFE0F **Correction:** ").append(DiscordText.clip(DiscordText.escapeMarkdown(
                    DiscordText.clean(erratum.correction() + " (" + erratum.reference() + ")")), ERRATUM));
        }
        // the correction is never cut for the quote: the quote gives way, clipped at a word
        String quote = DiscordText.clip(DiscordText.escapeMarkdown(DiscordText.clean(c.passage())),
                CITATION_VALUE - 40 - Math.min(corrections.length(), 2 * ERRATUM));
        String value = "> " + quote.replace("\n", "\n> ") + corrections;
        embed.addField(name, nonEmpty(DiscordText.clip(value, CITATION_VALUE)), false);
    }

    private static String support(Answer answer) {
        Map<String, Integer> support = answer.verdict().support();
        if (support.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        support.forEach((entity, count) -> parts.add("**" + DiscordText.clean(displayName(answer, entity)) + "**: "
                + count + " source" + (count == 1 ? "" : "s")));
        return DiscordText.clip(String.join(" · ", parts), SUPPORT);
    }

    private static String displayName(Answer answer, String entity) {
        int i = answer.subjects().indexOf(entity);
        return i >= 0 && i < answer.subjectNames().size() ? answer.subjectNames().get(i) : entity;
    }

    private static String range(List<Citation> shown, int total) {
        if (shown.isEmpty()) {
            return "no citations";
        }
        int first = shown.get(0).n();
        int last = shown.get(shown.size() - 1).n();
        return "sources " + (first == last ? first : first + "–" + last) + " of " + total;
    }

    private static String footer(String version, String extra) {
        String text = "Knowledge " + (version == null || version.isBlank() ? "(unknown)" : DiscordText.clean(version))
                + (extra.isEmpty() ? "" : " · " + extra);
        return DiscordText.clip(text, FOOTER);
    }

    private static String nonEmpty(String value) {
        return value.isBlank() ? "—" : value;
    }

    private static int color(VerdictKind kind) {
        return switch (kind) {
            case FAVORS -> COLOR_FAVORS;
            case DEPENDS -> COLOR_DEPENDS;
            case CONTESTED -> COLOR_CONTESTED;
            case NONE -> COLOR_NONE;
        };
    }
}
