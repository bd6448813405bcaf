package dev.stackbot.store;

/** Something the writer thread puts in the store: an answer served or a piece of feedback. */
public sealed interface StoreEntry permits ServedAnswer, Feedback {
}
