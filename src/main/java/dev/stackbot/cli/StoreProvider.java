package dev.stackbot.cli;

import dev.stackbot.store.Store;
import java.nio.file.Path;

/** How a command opens the bot's existing store; the composition root supplies it from the settings. */
@FunctionalInterface
public interface StoreProvider {

    /**
     * @param dataDir the --data option, or null for STACKBOT_DATA (default ./data)
     * @throws dev.stackbot.store.StoreException with a one-line message when it cannot be opened
     * @throws IllegalArgumentException for a bad setting
     */
    Store open(Path dataDir);
}
