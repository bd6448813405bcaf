package dev.stackbot.discord;

import dev.stackbot.render.DiscordEmbedRenderer;
import dev.stackbot.answer.Citation;
import java.util.List;

/** Splits an answer's citations into pages: the answer shows page 1, "More sources" shows the next ones. */
public final class AnswerPager {

    /** Citations per page: three quotes keep one embed well inside Discord's 6000-character budget. */
    /** As many citations as one embed shows: a page is one embed. */
    public static final int PAGE_SIZE = DiscordEmbedRenderer.MAX_CITATIONS_PER_EMBED;

    private final List<Citation> citations;
    private final int pageSize;

    public AnswerPager(List<Citation> citations, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.citations = List.copyOf(citations);
        this.pageSize = pageSize;
    }

    public AnswerPager(List<Citation> citations) {
        this(citations, PAGE_SIZE);
    }

    /** Number of pages; at least 1, even with no citation, so page 1 always exists. */
    public int pageCount() {
        return Math.max(1, (citations.size() + pageSize - 1) / pageSize);
    }

    /** The citations of a 1-based page; pages past the end are empty, never an exception. */
    public List<Citation> page(int page) {
        if (page < 1) {
            return List.of();
        }
        int from = (page - 1) * pageSize;
        if (from >= citations.size()) {
            return List.of();
        }
        return citations.subList(from, Math.min(citations.size(), from + pageSize));
    }

    /** Whether a page exists after {@code page}. */
    public boolean hasAfter(int page) {
        return page >= 1 && page < pageCount();
    }

    public int total() {
        return citations.size();
    }
}
