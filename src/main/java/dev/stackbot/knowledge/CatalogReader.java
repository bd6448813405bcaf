package dev.stackbot.knowledge;

import dev.stackbot.knowledge.KnowledgeLoader.Located;
import dev.stackbot.knowledge.KnowledgeLoader.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** Reads the entity, other-technology and aspect catalogs. */
final class CatalogReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Problems problems;

    CatalogReader(Problems problems) {
        this.problems = problems;
    }

    List<Entity> entities(List<Located> sections) {
        List<Entity> entities = new ArrayList<>();
        Map<String, String> aliasOwner = new HashMap<>();
        forEachItem(sections, "entity", (file, item) -> {
            Field field = new Field(file, item, problems);
            field.onlyKeys(List.of("id", "name", "aliases"));
            String id = checkedId(field, entities.stream().map(Entity::id).toList(), "entity");
            String name = field.required("name");
            List<String> aliases = field.strings("aliases");
            if (id == null || name == null) {
                return;
            }
            List<String> all = new ArrayList<>(List.of(id, name));
            all.addAll(aliases);
            for (String alias : all) {
                String key = AliasKey.of(alias);
                if (key.isEmpty()) {
                    problems.add(file, field.lineOf("aliases"), "alias '" + alias + "' has no letters or digits");
                    continue;
                }
                String owner = aliasOwner.putIfAbsent(key, id);
                if (owner != null && !owner.equals(id)) {
                    problems.add(file, field.lineOf("aliases"), "alias '" + alias + "' is given to both '" + owner + "' and '" + id + "'");
                }
            }
            entities.add(new Entity(id, name, aliases));
        });
        return entities;
    }

    List<OtherTechnology> others(List<Located> sections, List<Entity> entities) {
        Map<String, String> entityAliases = new HashMap<>();
        for (Entity entity : entities) {
            entity.names().forEach(name -> entityAliases.put(AliasKey.of(name), entity.id()));
        }
        List<OtherTechnology> others = new ArrayList<>();
        for (Located section : sections) {
            for (YamlNode node : ((YamlNode.Sequence) section.node()).items()) {
                OtherTechnology other = other(section.file(), node);
                if (other == null) {
                    continue;
                }
                String owner = entityAliases.get(AliasKey.of(other.name()));
                if (owner != null) {
                    problems.add(section.file(), node.line(), "'" + other.name() + "' is listed under others but is an alias of '" + owner + "'");
                } else {
                    others.add(other);
                }
            }
        }
        return others;
    }

    private OtherTechnology other(String file, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() != null && !scalar.text().isBlank()) {
            return new OtherTechnology(scalar.text().trim(), false);
        }
        if (node instanceof YamlNode.Mapping mapping) {
            Field field = new Field(file, mapping, problems);
            field.onlyKeys(List.of("name", "case_sensitive", "alongside"));
            String name = field.required("name");
            return name == null ? null : new OtherTechnology(name, field.flag("case_sensitive"), field.flag("alongside"));
        }
        problems.add(file, node.line(), "an entry of others is a name, or {name: ..., case_sensitive: true, alongside: true}");
        return null;
    }

    List<Aspect> aspects(List<Located> sections) {
        List<Aspect> aspects = new ArrayList<>();
        Map<String, String> fallbacks = new LinkedHashMap<>();
        List<String> together = new ArrayList<>();
        forEachItem(sections, "aspect", (file, item) -> {
            Field field = new Field(file, item, problems);
            field.onlyKeys(List.of("id", "label", "signals", "weak_signals", "weight", "terms", "fallback", "together", "description", "examples"));
            String id = checkedId(field, aspects.stream().map(Aspect::id).toList(), "aspect");
            String label = field.required("label");
            List<String> signals = field.strings("signals");
            List<String> weakSignals = field.strings("weak_signals");
            double weight = field.number("weight", 1.0);
            List<String> terms = field.strings("terms");
            boolean fallback = field.flag("fallback");
            boolean both = field.flag("together");
            String description = field.optional("description");
            List<String> examples = field.strings("examples");
            if (signals.isEmpty() && !fallback) {
                problems.add(file, field.lineOf("signals"), "aspect '" + id + "' needs at least one signal");
            }
            for (String key : List.of("signals", "weak_signals")) {
                for (String signal : key.equals("signals") ? signals : weakSignals) {
                    String problem = signalProblem(signal);
                    if (problem != null) {
                        problems.add(file, field.lineOf(key), "aspect '" + id + "': the " + (key.equals("signals") ? "" : "weak ")
                                + "signal '" + signal + "' " + problem);
                    }
                }
            }
            if (fallback && !fallbacks.isEmpty()) {
                problems.add(file, field.lineOf("fallback"), "only one aspect can be the fallback; '" + fallbacks.keySet().iterator().next() + "' already is");
            }
            if (both && (fallback || !together.isEmpty())) {
                problems.add(file, field.lineOf("together"), fallback
                        ? "the fallback aspect cannot also be the aspect of using them together"
                        : "only one aspect can be about using them together; '" + together.get(0) + "' already is");
            }
            if (id != null && label != null) {
                if (fallback) {
                    fallbacks.put(id, file);
                }
                if (both) {
                    together.add(id);
                }
                aspects.add(new Aspect(id, label, signals, weakSignals, weight, terms, fallback, both, description, examples));
            }
        });
        return aspects;
    }

    /** The item's id when it is well formed and not among {@code existing}; else null, reported. */
    String checkedId(Field field, List<String> existing, String what) {
        String id = field.required("id");
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches()) {
            problems.add(field.file(), field.lineOf("id"), what + " id '" + id + "' must be lower case letters, digits and '-'");
            return null;
        }
        if (existing.contains(id)) {
            problems.add(field.file(), field.lineOf("id"), "duplicate " + what + " id '" + id + "'");
            return null;
        }
        return id;
    }

    /** Visits every item of every section, reporting items that are not mappings. */
    void forEachItem(List<Located> sections, String what, BiConsumer<String, YamlNode.Mapping> visitor) {
        for (Located section : sections) {
            for (YamlNode node : ((YamlNode.Sequence) section.node()).items()) {
                if (node instanceof YamlNode.Mapping mapping) {
                    visitor.accept(section.file(), mapping);
                } else {
                    problems.add(section.file(), node.line(), "each " + what + " is a mapping of fields");
                }
            }
        }
    }

    /**
     * What is wrong with a signal's form, or null: at most two parts joined by " ~ " (the two near each other),
     * each a phrase or alternatives joined by "|", none of them empty.
     */
    private static String signalProblem(String signal) {
        String[] parts = Aspect.NEAR.split(signal.trim(), -1);
        if (parts.length > 2) {
            return "has more than two parts; write 'words ~ words' (the two near each other)";
        }
        for (String part : parts) {
            if (part.contains("~")) {
                return "has a '~' without words on both sides; write 'words ~ words', with a space around the '~'";
            }
            for (String alternative : part.split(Aspect.ALTERNATIVES, -1)) {
                if (alternative.replaceAll("[^\\p{L}\\p{N}]", "").isEmpty()) {
                    return "has an empty part; write 'words ~ words' or 'word|word ~ word'";
                }
            }
        }
        return null;
    }
}
