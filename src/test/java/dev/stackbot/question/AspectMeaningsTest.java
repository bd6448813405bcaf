package dev.stackbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.knowledge.Aspect;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Aspect meanings: a question is as close to an aspect as to the closest of its texts, hubs counting for less")
final class AspectMeaningsTest {

    private static Aspect aspect(String id, boolean fallback, String... examples) {
        return new Aspect(id, id, List.of(), List.of(), 1, List.of(), fallback, false, "", List.of(examples));
    }

    private static float[] unit(float... v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / Math.sqrt(norm));
        }
        return u;
    }

    @Test
    @DisplayName("an example as close to the overall choice as to its own aspect is left out; the others and the label stay")
    void genericExamplesLeftOut() {
        // axis 0: choosing a backend in general; axis 1: growing with the load
        Aspect overall = aspect("general", true, "which backend should we pick");
        Aspect scale = aspect("scalability", false, "traffic grows tenfold overnight", "a backend that can grow");
        List<float[]> overallTexts = List.of(unit(1, 0, 0), unit(1, 0.1f, 0));
        List<float[]> scaleTexts = List.of(unit(0, 1, 0), unit(0.1f, 1, 0), unit(1, 0.3f, 0));

        AspectMeanings meanings = AspectMeanings.distinct(List.of(overall, scale), List.of(overallTexts, scaleTexts));

        assertThat(meanings.leftOut()).containsExactly("scalability: a backend that can grow");
        // a generic question is no longer drawn to the aspect through the generic example
        float[] generic = unit(1, 0.05f, 0);
        float toScale = meanings.rank(generic).stream().filter(c -> c.aspect().equals(scale)).findFirst().orElseThrow()
                .similarity();
        assertThat(toScale).isLessThan(0.2f);
        // the whole meanings would have drawn it (less than its cosine of 0.97: the example is a hub, close to the
        // overall choice's texts)
        AspectMeanings whole = new AspectMeanings(List.of(overall, scale), List.of(overallTexts, scaleTexts));
        assertThat(whole.rank(generic).stream().filter(c -> c.aspect().equals(scale)).findFirst().orElseThrow()
                .similarity()).isGreaterThan(0.6f);
        assertThat(whole.leftOut()).isEmpty();
    }

    @Test
    @DisplayName("a text close to many texts of other aspects (a hub) counts for less than one as close to the question alone")
    void hubsCountForLess() {
        Aspect school = aspect("concurrency", false, "a school portal that asks three systems together");
        Aspect crud = aspect("crud-apps", false, "staff edit class lists", "teachers type in grades");
        Aspect media = aspect("streaming", false, "a lecture archive watched on demand");
        float[] hub = unit(0.6f, 0.8f, 0, 0); // close to both texts of crud-apps
        float[] alone = unit(0.6f, 0, 0.8f, 0); // close to nothing else
        List<List<float[]>> vectors = List.of(List.of(hub), List.of(unit(0, 1, 0, 0), unit(0, 1, 0.1f, 0)), List.of(alone));
        AspectMeanings meanings = new AspectMeanings(List.of(school, crud, media), vectors);

        float[] question = unit(1, 0, 0, 0); // cosine 0.6 to the hub and to the other alike
        List<AspectMeanings.Closeness> ranked = meanings.rank(question);

        assertThat(ranked.get(0).aspect()).isEqualTo(media);
        float toHub = ranked.stream().filter(c -> c.aspect().equals(school)).findFirst().orElseThrow().similarity();
        assertThat(toHub).isLessThan(ranked.get(0).similarity() - 0.1f);
    }

    @Test
    @DisplayName("without an overall choice nothing is left out")
    void noFallback() {
        Aspect scale = aspect("scalability", false, "a backend that can grow");
        AspectMeanings meanings = AspectMeanings.distinct(List.of(scale), List.of(List.of(unit(0, 1, 0), unit(1, 0.3f, 0))));

        assertThat(meanings.leftOut()).isEmpty();
    }
}
