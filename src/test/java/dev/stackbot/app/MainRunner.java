package dev.stackbot.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process the way a user's terminal would, capturing both streams. */
public final class MainRunner {

    /** What one run printed and returned. */
    public record Result(int exit, String out, String err) {
    }

    private MainRunner() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }
}
