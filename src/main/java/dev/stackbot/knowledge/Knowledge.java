package dev.stackbot.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything a valid knowledge directory holds, immutable.
 *
 * @param version     content hash of every file: the same files give the same version
 */
public record Knowledge(String version, List<SourceDocument> documents, List<Entity> entities,
                        List<OtherTechnology> others, List<Aspect> aspects, List<VerdictRule> rules,
                        List<Pattern> promotional) {

    public Knowledge {
        documents = List.copyOf(documents);
        entities = List.copyOf(entities);
        others = List.copyOf(others);
        aspects = List.copyOf(aspects);
        rules = List.copyOf(rules);
        promotional = List.copyOf(promotional);
    }

    public Entity entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    public Aspect aspect(String id) {
        return aspects.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
    }

    public SourceDocument document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    /** Display name of an entity id, or the id itself. */
    public String entityName(String id) {
        Entity entity = entity(id);
        return entity == null ? id : entity.name();
    }
}
