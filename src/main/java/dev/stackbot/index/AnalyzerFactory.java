package dev.stackbot.index;

import dev.stackbot.knowledge.AliasKey;
import dev.stackbot.knowledge.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The one analyzer, used at index and at query time: every alias of an entity also yields the entity id
 * ("Node.js", "nodejs", "node js", "Express" → "nodejs"), then English stop words and stemming. The alias
 * itself is kept too, so that "npm" still finds passages about npm and not just any about Node.js.
 */
public final class AnalyzerFactory {

    private AnalyzerFactory() {
    }

    /** The analyzer for indexing: the synonym graph is flattened, as an index cannot hold a graph. */
    public static Analyzer forIndexing(List<Entity> entities) {
        return build(entities, true);
    }

    /** The analyzer for queries. */
    public static Analyzer forSearching(List<Entity> entities) {
        return build(entities, false);
    }

    private static Analyzer build(List<Entity> entities, boolean flatten) {
        SynonymMap synonyms = synonyms(entities);
        CharArraySet entityIds = new CharArraySet(entities.size(), false);
        entities.forEach(e -> entityIds.add(e.id()));
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                stream = new DotSplitFilter(stream);
                if (synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                    if (flatten) {
                        stream = new FlattenGraphFilter(stream);
                    }
                }
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                // entity ids are names, not English words: keep the stemmer off them ("nodejs" must not become "nodej")
                stream = new SetKeywordMarkerFilter(stream, entityIds);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private static SynonymMap synonyms(List<Entity> entities) {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (Entity entity : entities) {
                CharsRef target = new CharsRef(entity.id());
                for (String name : entity.names()) {
                    addAlias(builder, name, target);
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("building the alias map in memory cannot fail", e);
        }
    }

    private static void addAlias(SynonymMap.Builder builder, String alias, CharsRef target) {
        String key = AliasKey.of(alias);
        if (key.isEmpty() || key.equals(target.toString())) {
            return;
        }
        CharsRef input = SynonymMap.Builder.join(key.split(" "), new CharsRefBuilder());
        builder.add(input, target, true);
    }
}
