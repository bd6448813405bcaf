package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import dev.stackbot.answer.UnknownNameException;
import dev.stackbot.answer.Comparison;
import dev.stackbot.render.ComparisonChart;
import dev.stackbot.render.DiscordEmbedRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** /compare: two technologies side by side, aspect by aspect, with entity choices taken from the knowledge. */
final class CompareCommand extends SlashCommandAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(CompareCommand.class);

    /** The chart's file name; the embed shows it as its image. */
    static final String CHART_FILE = "compare.png";

    /** Discord shows at most 25 choices or autocomplete suggestions. */
    static final int MAX_CHOICES = 25;

    private final BotEngine engine;
    private final DiscordEmbedRenderer renderer;
    private final InteractionReplies replies;
    private final ComparisonChart chart;

    CompareCommand(BotEngine engine, DiscordEmbedRenderer renderer, InteractionReplies replies, ComparisonChart chart) {
        super("compare");
        this.engine = engine;
        this.renderer = renderer;
        this.replies = replies;
        this.chart = chart;
    }

    /** Entity options are fixed choices when the knowledge has at most 25 entities, else autocomplete. */
    @Override
    public SlashCommandData definition(KnowledgeOverview overview) {
        return slash("Compare two technologies aspect by aspect")
                .addOptions(entityOption("first", "The first technology", overview),
                        entityOption("second", "The second technology", overview),
                        new OptionData(OptionType.STRING, "aspect", "Only this aspect (e.g. performance)", false)
                                .setAutoComplete(true));
    }

    @Override
    public void handle(SlashCommandInteractionEvent event) {
        String first = event.getOption("first", "", OptionMapping::getAsString);
        String second = event.getOption("second", "", OptionMapping::getAsString);
        String aspect = event.getOption("aspect", null, OptionMapping::getAsString);
        replies.answerLater(event, false, () -> compare(first, second, aspect == null || aspect.isBlank() ? null : aspect));
    }

    private Reply compare(String first, String second, String aspectOrNull) {
        try {
            Comparison comparison = engine.compare(first, second, aspectOrNull);
            MessageEmbed embed = renderer.comparison(comparison);
            try {
                Reply.Attachment image = new Reply.Attachment(CHART_FILE, chart.png(comparison));
                return Reply.of(new EmbedBuilder(embed).setImage(image.url()).build(), image);
            } catch (IllegalStateException e) {
                // the comparison itself is in the embed: without the picture it is still the answer
                LOG.warn("the /compare chart could not be drawn; sending the comparison without it: {}", e.getMessage());
                return Reply.of(embed);
            }
        } catch (UnknownNameException e) {
            // the engine's message names what it lacks and is meant for users: an answer, not an error
            return Reply.of(renderer.notice("I cannot compare that", e.getMessage() + " Try /help."));
        }
    }

    /** Aspects for the aspect option; entities for the entity options (autocomplete once there are over 25). */
    @Override
    public void autocomplete(CommandAutoCompleteInteractionEvent event) {
        KnowledgeOverview overview = engine.overview();
        boolean aspect = "aspect".equals(event.getFocusedOption().getName());
        event.replyChoices(suggest(aspect ? overview.aspects() : overview.entities(),
                event.getFocusedOption().getValue())).queue();
    }

    private static OptionData entityOption(String name, String description, KnowledgeOverview overview) {
        OptionData option = new OptionData(OptionType.STRING, name, description, true);
        List<KnowledgeOverview.Named> entities = overview.entities();
        if (entities.size() <= MAX_CHOICES) {
            for (KnowledgeOverview.Named e : entities) {
                option.addChoice(clip(e.name(), 100), clip(e.id(), 100));
            }
        } else {
            option.setAutoComplete(true);
        }
        return option;
    }

    /**
     * Autocomplete suggestions: the named items whose name or id contains what was typed, prefix matches first,
     * at most 25.
     */
    static List<Command.Choice> suggest(List<KnowledgeOverview.Named> items, String typed) {
        String needle = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        List<Command.Choice> prefix = new ArrayList<>();
        List<Command.Choice> inner = new ArrayList<>();
        for (KnowledgeOverview.Named item : items) {
            String name = item.name().toLowerCase(Locale.ROOT);
            String id = item.id().toLowerCase(Locale.ROOT);
            Command.Choice choice = new Command.Choice(clip(item.name(), 100), clip(item.id(), 100));
            if (name.startsWith(needle) || id.startsWith(needle)) {
                prefix.add(choice);
            } else if (name.contains(needle) || id.contains(needle)) {
                inner.add(choice);
            }
        }
        prefix.addAll(inner);
        return prefix.size() > MAX_CHOICES ? List.copyOf(prefix.subList(0, MAX_CHOICES)) : prefix;
    }

    // Discord caps choice names and values at 100 characters, and rejects empty ones
    private static String clip(String text, int max) {
        String t = text == null || text.isBlank() ? "?" : text;
        return t.length() <= max ? t : t.substring(0, max);
    }
}
