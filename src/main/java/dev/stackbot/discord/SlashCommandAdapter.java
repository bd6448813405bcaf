package dev.stackbot.discord;

import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** What every Stackbot command shares: a fixed name, and a definition that works in servers and in DMs. */
abstract class SlashCommandAdapter implements SlashCommand {

    private final String name;

    protected SlashCommandAdapter(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    /**
     * The start of this command's definition, under its own name so dispatch can find it. Every command is
     * offered in DMs with the bot too, since the bot answers DMs; a command meant for servers only would
     * set its contexts again.
     */
    protected final SlashCommandData slash(String description) {
        return Commands.slash(name, description).setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    }
}
