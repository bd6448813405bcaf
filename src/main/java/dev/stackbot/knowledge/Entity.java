package dev.stackbot.knowledge;

import java.util.List;

/** A technology Stackbot answers about, with every name a user may call it. */
public record Entity(String id, String name, List<String> aliases) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
