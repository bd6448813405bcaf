package dev.stackbot.store;

/** How many rows a forget or a purge deleted. */
public record DeletedRows(int answers, int feedback) {
}
