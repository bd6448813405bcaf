package dev.stackbot.bench;

import dev.stackbot.discord.FixedGatewaySessionController;
import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;

/**
 * The bot {@link DiscordBench} holds Stackbot against: JDA light with JDA's default pools, which replies one fixed
 * message to every /ask and does nothing else. It reads the same settings as {@code stackbot serve}
 * (DISCORD_TOKEN, STACKBOT_DISCORD_API_URL, STACKBOT_DISCORD_GATEWAY_URL) so both start the same way.
 */
public final class NaiveJdaBot extends ListenerAdapter {

    public static void main(String[] args) throws InterruptedException {
        JDA jda = JDABuilder.createLight(System.getenv("DISCORD_TOKEN"), EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(System.getenv("STACKBOT_DISCORD_API_URL")))
                // JDA's default session controller, only pointed at the configured gateway
                .setSessionController(new FixedGatewaySessionController(System.getenv("STACKBOT_DISCORD_GATEWAY_URL")))
                .addEventListeners(new NaiveJdaBot())
                .build();
        jda.awaitReady();
        System.out.println("naive bot ready");
        jda.awaitShutdown();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (event.getName().equals("ask")) {
            event.reply("Thanks for your question!").queue();
        }
    }
}
