package dev.stackbot.discord;

import dev.stackbot.answer.ReloadResult;
import dev.stackbot.cluster.ClusterReload;
import dev.stackbot.cluster.ProcessReport;
import dev.stackbot.render.DiscordEmbedRenderer;
import dev.stackbot.render.DiscordText;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * /reload's reply. A process alone answers as it always did ({@link DiscordEmbedRenderer#reload}); in a cluster
 * the reply lists every process by name with what it did and the version it serves, within Discord's limits
 * (description 4096, 6000 in all) however many processes and errors there are.
 */
final class ReloadReplyEmbed {

    static final int COLOR_EVERYWHERE = 0x2ECC71;
    static final int COLOR_PARTLY = 0xE67E22;
    static final int NAME = 60;
    static final int DETAIL = 300;
    /** Room for the process lines: the description's 4096 less the summary above them. */
    static final int LINES = 3_500;

    private ReloadReplyEmbed() {
    }

    static MessageEmbed of(ClusterReload result, DiscordEmbedRenderer renderer) {
        if (!result.clustered()) {
            return renderer.reload(result.here());
        }
        if (!result.sent()) {
            // the errors found here, as for one process; nobody else was asked, so nothing changed anywhere
            return new EmbedBuilder(renderer.reload(result.here()))
                    .addField("Other processes", "Not asked: the knowledge is checked on this process first, and "
                            + "every process keeps the version it serves.", false)
                    .build();
        }
        ReloadResult here = result.here();
        int total = result.processes().size();
        EmbedBuilder embed = new EmbedBuilder();
        embed.setTitle(result.everywhere() ? "Knowledge reloaded on every process (" + total + ")"
                : "Knowledge reloaded on " + result.current() + " of " + total + " process" + (total == 1 ? "" : "es"));
        embed.setColor(result.everywhere() ? COLOR_EVERYWHERE : COLOR_PARTLY);
        StringBuilder text = new StringBuilder();
        text.append("Version ").append(code(here.beforeVersion())).append(" → ").append(code(result.requested()))
                .append(" (documents ").append(here.before().documents()).append(" → ").append(here.after().documents())
                .append(", passages ").append(here.before().passages()).append(" → ").append(here.after().passages())
                .append(", rules ").append(here.before().rules()).append(" → ").append(here.after().rules())
                .append(")\nLoaded here in ").append(duration(here.took())).append("; waited ")
                .append(duration(result.waited())).append(" for the other processes.\n");
        int start = text.length();
        int listed = 0;
        for (ProcessReport process : result.processes()) {
            String line = "\n" + line(process, result.requested());
            if (text.length() - start + line.length() > LINES) {
                break;
            }
            text.append(line);
            listed++;
        }
        if (listed < total) {
            text.append("\n… and ").append(total - listed).append(" more");
        }
        embed.setDescription(text.toString());
        if (!result.everywhere()) {
            embed.setFooter("A process that did not reload keeps serving its old knowledge; fix it and /reload again.");
        }
        return embed.build();
    }

    /** One process: a mark, its name, what it did, the version it serves and why when it did not reload. */
    static String line(ProcessReport process, String requested) {
        String name = "**" + DiscordText.escapeMarkdown(DiscordText.userText(process.name(), NAME)) + "**"
                + (process.thisProcess() ? " (this process)" : "");
        String detail = DiscordText.escapeMarkdown(DiscordText.clip(DiscordText.defuseMentions(
                DiscordText.clean(process.detail())).replace('\n', ' '), DETAIL));
        return switch (process.outcome()) {
            case RELOADED -> "✅ " + name + ": reloaded, serves " + code(process.version());
            case ALREADY_CURRENT -> "✅ " + name + ": already served " + code(process.version());
            case FAILED -> "❌ " + name + ": kept " + code(process.version()) + ": " + detail;
            case OTHER_VERSION -> "⚠️ " + name + ": kept " + code(process.version()) + ": " + detail;
            case NO_REPORT -> "⏳ " + name + ": " + detail + " (it served " + code(process.version()) + ")";
            case UNREACHABLE -> "🔌 " + name + ": unreachable, " + detail + " (served " + code(process.version()) + ")";
        };
    }

    private static String duration(java.time.Duration took) {
        long millis = took.toMillis();
        return millis < 1_000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String code(String version) {
        return "`" + DiscordText.clip(DiscordText.clean(version), 40).replace('`', '\'') + "`";
    }
}
