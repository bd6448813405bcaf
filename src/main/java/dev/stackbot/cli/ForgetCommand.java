package dev.stackbot.cli;

import dev.stackbot.store.DeletedRows;
import dev.stackbot.store.Store;
import dev.stackbot.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** stackbot forget --user ID: deletes everything the store holds about one Discord user. */
@Command(name = "forget", mixinStandardHelpOptions = true,
        description = "Delete every answer and feedback of one Discord user from the store (a deletion request).")
public final class ForgetCommand implements Callable<Integer> {

    @Option(names = "--user", required = true, paramLabel = "ID", description = "The Discord user id (digits).")
    String user;

    @Option(names = "--data", paramLabel = "DIR", description = "The bot's data directory (overrides STACKBOT_DATA).")
    Path data;

    @Spec
    CommandSpec spec;

    private final StoreProvider stores;

    public ForgetCommand(StoreProvider stores) {
        this.stores = stores;
    }

    @Override
    public Integer call() {
        long userId;
        try {
            userId = Long.parseUnsignedLong(user.trim());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--user: '" + user + "' is not a Discord id (digits only)");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = stores.open(data)) {
            DeletedRows deleted = store.forget(userId);
            out.println("Deleted " + deleted.answers() + " answer(s) and " + deleted.feedback()
                    + " feedback entr" + (deleted.feedback() == 1 ? "y" : "ies") + " of user " + userId
                    + " from " + store.describe() + ".");
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("stackbot forget: " + e.getMessage());
            return 1;
        }
    }
}
