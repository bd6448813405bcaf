package dev.stackbot.knowledge;

import java.util.List;

/** A technology Stackbot answers about, with every name a user may call it. */
public record Entity(String id, String name, List<String> aliases) {

    public Entity {
        aliases = List.copyOf(aliases);
    }

    /** Every name the entity answers to: its id, its display name, then its aliases. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>(aliases.size() + 2);
        names.add(id);
        names.add(name);
        names.addAll(aliases);
        return names;
    }
}
