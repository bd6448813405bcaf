package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.answer.Citation;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
@DisplayName("Answer pager: citations in pages of three")
final class AnswerPagerTest {

    private static List<Citation> citations(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> new Citation(n, "d" + n, "T" + n, "P", "quote " + n, 1.0, "d#" + n, "", null))
                .toList();
    }

    @Test
    @DisplayName("seven citations make three pages of 3, 3 and 1")
    void pagesOfThree() {
        AnswerPager pager = new AnswerPager(citations(7));
        assertThat(pager.pageCount()).isEqualTo(3);
        assertThat(pager.page(1)).extracting(Citation::n).containsExactly(1, 2, 3);
        assertThat(pager.page(2)).extracting(Citation::n).containsExactly(4, 5, 6);
        assertThat(pager.page(3)).extracting(Citation::n).containsExactly(7);
        assertThat(pager.hasAfter(2)).isTrue();
        assertThat(pager.hasAfter(3)).isFalse();
    }

    @Test
    @DisplayName("pages out of range are empty, never an exception (custom ids can be forged)")
    void outOfRangeIsEmpty() {
        AnswerPager pager = new AnswerPager(citations(2));
        assertThat(pager.page(0)).isEmpty();
        assertThat(pager.page(-5)).isEmpty();
        assertThat(pager.page(9999)).isEmpty();
        assertThat(pager.hasAfter(0)).isFalse();
    }

    @Test
    @DisplayName("no citations is one empty page with nothing after it")
    void noCitations() {
        AnswerPager pager = new AnswerPager(List.of());
        assertThat(pager.pageCount()).isEqualTo(1);
        assertThat(pager.page(1)).isEmpty();
        assertThat(pager.hasAfter(1)).isFalse();
    }

    @Test
    @DisplayName("exactly one full page has no next page")
    void exactlyOnePage() {
        AnswerPager pager = new AnswerPager(citations(3));
        assertThat(pager.pageCount()).isEqualTo(1);
        assertThat(pager.hasAfter(1)).isFalse();
    }
}
