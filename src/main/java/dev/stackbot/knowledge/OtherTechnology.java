package dev.stackbot.knowledge;

/** A technology Stackbot recognizes but has no sources about. */
public record OtherTechnology(String name, boolean caseSensitive) {
}
