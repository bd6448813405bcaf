package dev.stackbot.knowledge;

import java.util.ArrayList;
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
    private final List<Fact> facts;
    private final List<Erratum> errata;
    private final Map<String, SourceDocument> documentsById;
    private final Map<String, Entity> entitiesById;
    private final Map<String, Aspect> aspectsById;
    private final Map<String, Fact> factsById;
    private final Map<String, List<Fact>> factsBySubject;
    private final Map<String, List<Erratum>> errataBySource;

    /** @param version content hash of every file: the same files give the same version */
    public Knowledge(String version, List<SourceDocument> documents, List<Entity> entities, List<OtherTechnology> others,
                     List<Aspect> aspects, List<VerdictRule> rules, List<Pattern> promotional, List<Fact> facts,
                     List<Erratum> errata) {
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
        this.facts = List.copyOf(facts);
        this.errata = List.copyOf(errata);
        this.factsById = byId(this.facts, Fact::id);
        this.factsBySubject = groupBy(this.facts, Fact::subject);
        this.errataBySource = groupBy(this.errata, Erratum::source);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item)); // the first wins, as the loader reports duplicates
        return Map.copyOf(map);
    }

    private static <T> Map<String, List<T>> groupBy(List<T> items, Function<T, String> key) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        items.forEach(item -> map.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        Map<String, List<T>> frozen = new LinkedHashMap<>();
        map.forEach((k, list) -> frozen.put(k, List.copyOf(list)));
        return Map.copyOf(frozen);
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

    /** Every fact, in file order. */
    public List<Fact> facts() {
        return facts;
    }

    /** Every erratum, in file order. */
    public List<Erratum> errata() {
        return errata;
    }

    public Fact fact(String id) {
        return id == null ? null : factsById.get(id);
    }

    /** The facts about one entity, in file order; empty for an unknown id. */
    public List<Fact> factsAbout(String entityId) {
        return entityId == null ? List.of() : factsBySubject.getOrDefault(entityId, List.of());
    }

    /**
     * The errata that apply to a passage: those of its source whose quote stands inside its text. A source
     * has few errata, so this costs a few {@code contains} calls, cheap enough for every citation. For a
     * passage merged from several sources, ask once per source.
     */
    public List<Erratum> errataFor(String source, String passageText) {
        if (source == null || passageText == null) {
            return List.of();
        }
        List<Erratum> ofSource = errataBySource.get(source);
        if (ofSource == null) {
            return List.of();
        }
        return ofSource.stream().filter(erratum -> erratum.appliesTo(source, passageText)).toList();
    }

    /** "Python — first public release": how a fact is titled. */
    public String factTitle(Fact fact) {
        return entityName(fact.subject()) + " \u2014 " + fact.attribute();
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
