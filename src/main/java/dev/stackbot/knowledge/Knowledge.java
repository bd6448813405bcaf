package dev.stackbot.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Everything a valid knowledge directory holds, immutable. Lookups by id are maps: answers look up
 * a document for every citation, and a large knowledge base has thousands of documents.
 */
public final class Knowledge {

    private final String version;
    private final List<SourceDocument> documents;
    private final List<Entity> entities;
    private final List<OtherTechnology> others;
    private final List<Aspect> aspects;
    private final List<VerdictRule> rules;
    private final List<Pattern> promotional;
    private final Map<String, SourceDocument> documentsById;
    private final Map<String, Entity> entitiesById;
    private final Map<String, Aspect> aspectsById;

    /** @param version content hash of every file: the same files give the same version */
    public Knowledge(String version, List<SourceDocument> documents, List<Entity> entities, List<OtherTechnology> others,
                     List<Aspect> aspects, List<VerdictRule> rules, List<Pattern> promotional) {
        this.version = version;
        this.documents = List.copyOf(documents);
        this.entities = List.copyOf(entities);
        this.others = List.copyOf(others);
        this.aspects = List.copyOf(aspects);
        this.rules = List.copyOf(rules);
        this.promotional = List.copyOf(promotional);
        this.documentsById = byId(this.documents, SourceDocument::id);
        this.entitiesById = byId(this.entities, Entity::id);
        this.aspectsById = byId(this.aspects, Aspect::id);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item)); // the first wins, as the loader reports duplicates
        return Map.copyOf(map);
    }

    public String version() {
        return version;
    }

    public List<SourceDocument> documents() {
        return documents;
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<OtherTechnology> others() {
        return others;
    }

    public List<Aspect> aspects() {
        return aspects;
    }

    public List<VerdictRule> rules() {
        return rules;
    }

    public List<Pattern> promotional() {
        return promotional;
    }

    public Entity entity(String id) {
        return id == null ? null : entitiesById.get(id);
    }

    public Aspect aspect(String id) {
        return id == null ? null : aspectsById.get(id);
    }

    public SourceDocument document(String id) {
        return id == null ? null : documentsById.get(id);
    }

    /** Display name of an entity id, or the id itself. */
    public String entityName(String id) {
        Entity entity = entity(id);
        return entity == null ? id : entity.name();
    }
}
