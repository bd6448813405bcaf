package dev.stackbot.app;

import dev.stackbot.semantic.EmbeddingModel;
import dev.stackbot.semantic.SemanticUnavailableException;
import dev.stackbot.semantic.Semantics;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's semantic layer, loaded once on first use: the shipped model and the vector cache under
 * the data directory. When the model cannot run here the engine answers lexically, and says so once.
 */
final class SemanticLayer {

    private static final Logger LOG = LoggerFactory.getLogger(SemanticLayer.class);
    /** The model that serves; docs/EVALUATION.md has the measurement behind the choice. */
    static final EmbeddingModel MODEL = EmbeddingModel.MINILM;

    private final Path vectorDir;
    private Semantics semantics;
    private boolean failed;

    /** @param dataDir where Stackbot keeps what it computes ($STACKBOT_DATA, else ./data); vectors go in its vectors/ */
    SemanticLayer(Path dataDir) {
        this.vectorDir = dataDir.resolve("vectors");
    }

    /** The data directory of the environment: $STACKBOT_DATA, else ./data. */
    static Path dataDir() {
        return dataDir(System.getenv("STACKBOT_DATA"));
    }

    /** The data directory a setting names, else ./data. */
    static Path dataDir(String setting) {
        return Path.of(setting == null || setting.isBlank() ? "data" : setting);
    }

    /** The loaded layer, or null (lexical) when it is not wanted or cannot run here. */
    synchronized Semantics get(boolean wanted) {
        if (!wanted || failed) {
            return null;
        }
        if (semantics == null) {
            try {
                semantics = Semantics.load(MODEL, vectorDir);
            } catch (SemanticUnavailableException e) {
                failed = true;
                LOG.warn("semantic layer off, answering from words alone: {}", e.getMessage());
                return null;
            }
        }
        return semantics;
    }
}
