package dev.stackbot.knowledge;

import java.util.List;

/** A knowledge directory that cannot be served; {@link #errors()} says where and why, one per line. */
public final class KnowledgeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<KnowledgeError> errors;

    public KnowledgeException(List<KnowledgeError> errors) {
        super(errors.size() + " knowledge error(s); first: " + (errors.isEmpty() ? "-" : errors.get(0)));
        this.errors = List.copyOf(errors);
    }

    public List<KnowledgeError> errors() {
        return errors;
    }
}
