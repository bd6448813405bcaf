package dev.stackbot.cluster;

import dev.stackbot.answer.ReloadResult;
import java.time.Duration;
import java.util.List;

/**
 * What one /reload did on every process serving the bot.
 *
 * @param here      the reload on the process that received /reload: it validates the knowledge before any other
 *                  process is asked, so its errors are the reply's when the knowledge is broken
 * @param clustered whether other processes share this bot (PostgreSQL): false for a single process, whose reply
 *                  stays the plain reload outcome
 * @param requested the version every process was asked to serve; null when none was asked (the knowledge is
 *                  invalid here, or the request could not be recorded)
 * @param processes each process with what it did, this one first
 * @param waited    how long the reports were waited for
 */
public record ClusterReload(ReloadResult here, boolean clustered, String requested, List<ProcessReport> processes,
                            Duration waited) {

    public ClusterReload {
        processes = List.copyOf(processes);
    }

    /** The reload of a process that serves the bot alone. */
    static ClusterReload single(String name, ReloadResult result) {
        ProcessReport.Outcome outcome = result.swapped() ? ProcessReport.Outcome.RELOADED : ProcessReport.Outcome.FAILED;
        return new ClusterReload(result, false, result.swapped() ? result.afterVersion() : null,
                List.of(new ProcessReport(name, true, outcome, result.afterVersion(),
                        result.swapped() ? "" : String.join("; ", result.errors()))),
                Duration.ZERO);
    }

    /** Whether any process was asked to reload. */
    public boolean sent() {
        return requested != null;
    }

    /** How many processes serve the requested version now. */
    public long current() {
        return processes.stream().filter(p -> p.outcome().current()).count();
    }

    /** Whether every process serves the requested version now. */
    public boolean everywhere() {
        return sent() && current() == processes.size();
    }
}
