package dev.stackbot.question;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.stackbot.semantic.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English words, to tell a misspelling of a signal word ("lern", "microsrvices") from a real word one letter
 * away from it ("production" is not "productiv*", "classifieds" not "classifier*"). The words are those of the
 * shipped MiniLM model's WordPiece vocabulary (about 22,000 whole English words, lower case), read from the
 * tokenizer file its Maven artifact puts on the class path; nothing is downloaded. It is a word list, the same
 * whichever model embeds questions. Without that file, no word counts as real, and no misspelling is read either.
 * Reading it takes a few hundred milliseconds in a cold JVM, so it starts on a background thread as soon as
 * anything asks for it ({@link #preload()}; the command line asks first thing) and runs beside the index build.
 */
public final class Vocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(Vocabulary.class);
    /** The tokenizer of the shipped model (all-MiniLM-L6-v2, uncased), on the class path. */
    static final String RESOURCE = EmbeddingModel.MINILM.tokenizerResource();
    /** Endings a real word may take beyond its vocabulary form ("classifieds", "dashboards", "scraped"). */
    private static final String[] ENDINGS = {"s", "es", "ed", "d", "ing", "ly"};

    private static volatile CompletableFuture<Vocabulary> english;

    /** Each word with its id in the vocabulary: WordPiece numbers its words from the most frequent on. */
    private final Map<String, Integer> words;

    private Vocabulary(Map<String, Integer> words) {
        this.words = Map.copyOf(words);
    }

    /** Starts reading the shipped vocabulary on a background thread, once; later calls do nothing. */
    public static void preload() {
        if (english == null) {
            synchronized (Vocabulary.class) {
                if (english == null) {
                    english = CompletableFuture.supplyAsync(() -> load(RESOURCE), runnable -> {
                        Thread thread = new Thread(runnable, "stackbot-vocabulary");
                        thread.setDaemon(true);
                        thread.start();
                    });
                }
            }
        }
    }

    /** The shipped English vocabulary, read once (waiting for the background read when it runs). */
    static Vocabulary english() {
        preload();
        return english.join();
    }

    /** Whether it has words at all: false when the tokenizer file is missing (then misspellings are not read). */
    boolean available() {
        return !words.isEmpty();
    }

    /** Whether {@code key} (lower case) is an English word, as written or with a common ending. */
    boolean isWord(String key) {
        return rarity(key) != NO_WORD;
    }

    /** What {@link #rarity} gives a key that is no word. */
    static final int NO_WORD = Integer.MAX_VALUE;

    /**
     * How rare a word is: its id in the vocabulary (lower is more frequent), that of its vocabulary form when it has
     * a common ending, or {@link #NO_WORD}.
     */
    int rarity(String key) {
        Integer id = words.get(key);
        if (id != null) {
            return id;
        }
        for (String ending : ENDINGS) {
            // "d" ends a word only after an "e" ("scraped": scrape + d), never after any stem ("shud" is no "shu" + d)
            if (key.length() > ending.length() + 2 && key.endsWith(ending)
                    && (!ending.equals("d") || key.charAt(key.length() - 2) == 'e')) {
                id = words.get(key.substring(0, key.length() - ending.length()));
                if (id != null) {
                    return id;
                }
            }
        }
        return NO_WORD;
    }

    /** The words of the tokenizer file {@code resource} on the class path; none when it is missing or unreadable. */
    static Vocabulary load(String resource) {
        Map<String, Integer> words = new HashMap<>();
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                LOG.warn("{} is not on the class path: misspelt signal words are not read", resource);
                return new Vocabulary(words);
            }
            try (JsonParser parser = new JsonFactory().createParser(in)) {
                // {"model": {"vocab": {"word": id, ...}, ...}, ...}: the vocab object's field names are the words
                int depth = 0;
                boolean inModel = false;
                while (parser.nextToken() != null) {
                    JsonToken token = parser.currentToken();
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        depth++;
                    } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                        depth--;
                    } else if (token == JsonToken.FIELD_NAME && depth == 1) {
                        inModel = parser.currentName().equals("model");
                    } else if (token == JsonToken.FIELD_NAME && depth == 2 && inModel && parser.currentName().equals("vocab")) {
                        readVocab(parser, words);
                        break;
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("could not read {}: misspelt signal words are not read ({})", resource, e.getMessage());
            words.clear();
        }
        return new Vocabulary(words);
    }

    private static void readVocab(JsonParser parser, Map<String, Integer> words) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String word = parser.currentName();
            parser.nextToken(); // its id
            if (word.length() > 1 && word.chars().allMatch(Character::isLetter)) {
                words.put(word, parser.getIntValue());
            }
        }
    }
}
