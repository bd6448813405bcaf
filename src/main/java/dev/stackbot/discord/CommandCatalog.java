package dev.stackbot.discord;

import dev.stackbot.answer.KnowledgeOverview;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** The slash commands Stackbot registers, built from what the knowledge holds. */
public final class CommandCatalog {

    public static final String ASK = "ask";
    public static final String COMPARE = "compare";
    public static final String SOURCES = "sources";
    public static final String HELP = "help";
    public static final String RELOAD = "reload";

    /** Discord shows at most 25 choices or autocomplete suggestions. */
    public static final int MAX_CHOICES = 25;

    private CommandCatalog() {
    }

    /** All five commands; entity options are fixed choices when the knowledge has at most 25 entities, else autocomplete. */
    public static List<CommandData> commands(KnowledgeOverview overview) {
        List<CommandData> commands = new ArrayList<>();
        commands.add(Commands.slash(ASK, "Ask a technology-stack question; the answer cites its sources")
                .addOption(OptionType.STRING, "question", "e.g. Is Node.js faster than Python for APIs?", true)
                .addOption(OptionType.BOOLEAN, "private", "Show the answer only to you", false)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
        commands.add(Commands.slash(COMPARE, "Compare two technologies aspect by aspect")
                .addOptions(entityOption("first", "The first technology", overview),
                        entityOption("second", "The second technology", overview),
                        new OptionData(OptionType.STRING, "aspect", "Only this aspect (e.g. performance)", false)
                                .setAutoComplete(true))
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
        commands.add(Commands.slash(SOURCES, "List the documents Stackbot quotes")
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
        commands.add(Commands.slash(HELP, "What Stackbot does and how to ask")
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
        // Hidden from members without Manage Server; the handler checks again (AdminPolicy), because
        // server admins can re-grant the command and DMs do not apply default permissions.
        commands.add(Commands.slash(RELOAD, "Re-read the knowledge directory (admins)")
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM));
        return commands;
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
    public static List<Command.Choice> suggest(List<KnowledgeOverview.Named> items, String typed) {
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

    private static String clip(String text, int max) {
        String t = text == null || text.isBlank() ? "?" : text;
        return t.length() <= max ? t : t.substring(0, max);
    }
}
