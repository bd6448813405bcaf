package dev.stackbot.knowledge;

import dev.stackbot.knowledge.KnowledgeFiles.TextFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a knowledge directory into one {@link Knowledge}, or reports every error with its file and line.
 * A directory with any error is never half-loaded.
 */
public final class KnowledgeLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> CATALOG_KEYS = List.of("entities", "others", "aspects", "rules", "patterns", "facts", "errata");

    /** Loads the directory, throwing {@link KnowledgeException} with every error when it is not valid. */
    public Knowledge load(Path dir) {
        List<KnowledgeError> errors = new ArrayList<>();
        Knowledge knowledge = read(dir, errors);
        if (!errors.isEmpty()) {
            throw new KnowledgeException(errors.stream().sorted().toList());
        }
        return knowledge;
    }

    private Knowledge read(Path dir, List<KnowledgeError> errors) {
        List<TextFile> files = KnowledgeFiles.read(dir, errors);
        List<SourceDocument> documents = new ArrayList<>();
        Map<String, List<Located>> sections = new LinkedHashMap<>();
        for (TextFile file : files) {
            if (KnowledgeFiles.isSource(file.relative())) {
                SourceParser.parse(file, errors).ifPresent(documents::add);
            } else {
                readCatalog(file, sections, errors);
            }
        }
        Problems problems = new Problems(errors);
        boolean unreadable = !errors.isEmpty() && files.isEmpty();
        if (!unreadable) {
            checkDocuments(documents, problems);
        }
        CatalogReader catalogs = new CatalogReader(problems);
        List<Entity> entities = catalogs.entities(sections.getOrDefault("entities", List.of()));
        List<OtherTechnology> others = catalogs.others(sections.getOrDefault("others", List.of()), entities);
        List<Aspect> aspects = catalogs.aspects(sections.getOrDefault("aspects", List.of()));
        List<Pattern> promotional = promotional(sections.getOrDefault("patterns", List.of()), problems);
        List<VerdictRule> rules = new RuleReader(problems, entities, aspects, documents)
                .rules(sections.getOrDefault("rules", List.of()));
        FactReader factReader = new FactReader(problems, entities, documents, promotional);
        List<Fact> facts = factReader.facts(sections.getOrDefault("facts", List.of()));
        List<Erratum> errata = factReader.errata(sections.getOrDefault("errata", List.of()));
        if (entities.isEmpty() && errors.isEmpty()) {
            errors.add(new KnowledgeError(".", 0, "no entities: add an entities: list to a .yaml file"));
        }
        if (aspects.isEmpty() && errors.isEmpty()) {
            errors.add(new KnowledgeError(".", 0, "no aspects: add an aspects: list to a .yaml file"));
        }
        return new Knowledge(version(files), documents, entities, others, aspects, rules, promotional, facts, errata);
    }

    /** A YAML node together with the file it came from. */
    record Located(String file, YamlNode node) {
    }

    private static void readCatalog(TextFile file, Map<String, List<Located>> sections, List<KnowledgeError> errors) {
        YamlNode root;
        try {
            root = YamlReader.read(file.text(), 0);
        } catch (YamlReader.YamlException e) {
            errors.add(new KnowledgeError(file.relative(), e.line(), e.getMessage()));
            return;
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            errors.add(new KnowledgeError(file.relative(), root.line(),
                    "expected a mapping with one or more of " + CATALOG_KEYS));
            return;
        }
        mapping.fields().forEach((key, value) -> {
            if (!CATALOG_KEYS.contains(key)) {
                errors.add(new KnowledgeError(file.relative(), mapping.keyLines().get(key),
                        "unknown section '" + key + "'; expected one of " + CATALOG_KEYS));
            } else if (!(value instanceof YamlNode.Sequence)) {
                errors.add(new KnowledgeError(file.relative(), value.line(), "'" + key + "' must be a list"));
            } else {
                sections.computeIfAbsent(key, k -> new ArrayList<>()).add(new Located(file.relative(), value));
            }
        });
    }

    private static void checkDocuments(List<SourceDocument> documents, Problems problems) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (SourceDocument document : documents) {
            String earlier = seen.putIfAbsent(document.id(), document.file());
            if (earlier != null) {
                problems.add(document.file(), 2, "duplicate source id '" + document.id() + "' (also in " + earlier + ")");
            }
            if (!ID.matcher(document.id()).matches()) {
                problems.add(document.file(), 2, "source id '" + document.id() + "' must be lower case letters, digits, '.', '_' or '-'");
            }
            if (!document.published().isEmpty() && !ISO_DATE.matcher(document.published()).matches()) {
                problems.add(document.file(), 2, "published must be a date like 2025-04-24, not '" + document.published() + "'");
            }
        }
        if (documents.isEmpty()) {
            problems.add("sources", 0, "no source documents: add sources/*.md files");
        }
    }

    private static List<Pattern> promotional(List<Located> sections, Problems problems) {
        List<Pattern> patterns = new ArrayList<>();
        for (Located section : sections) {
            for (YamlNode item : ((YamlNode.Sequence) section.node()).items()) {
                String text = item instanceof YamlNode.Scalar scalar ? scalar.text() : null;
                if (text == null || text.isBlank()) {
                    problems.add(section.file(), item.line(), "a pattern must be a non-empty string");
                    continue;
                }
                try {
                    patterns.add(Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    problems.add(section.file(), item.line(), "invalid pattern: " + e.getDescription());
                }
            }
        }
        return patterns;
    }

    private static String version(List<TextFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (TextFile file : files) {
                digest.update(file.relative().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Collects errors; shared by the readers so each reports where it found a problem. */
    record Problems(List<KnowledgeError> errors) {
        void add(String file, int line, String message) {
            errors.add(new KnowledgeError(file, line, message));
        }
    }
}
