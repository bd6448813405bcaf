package dev.stackbot.knowledge;

import dev.stackbot.knowledge.KnowledgeLoader.Located;
import dev.stackbot.knowledge.KnowledgeLoader.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads facts and errata and checks every quote against the sources: verbatim, on one line, and never in a
 * promotional sentence, since a quote that can never be cited could neither back a fact nor be corrected.
 */
final class FactReader {

    private final Problems problems;
    private final Set<String> entityIds = new HashSet<>();
    private final Map<String, SourceDocument> documents = new HashMap<>();
    private final List<Pattern> promotional;

    FactReader(Problems problems, List<Entity> entities, List<SourceDocument> documents, List<Pattern> promotional) {
        this.problems = problems;
        entities.forEach(e -> entityIds.add(e.id()));
        documents.forEach(d -> this.documents.putIfAbsent(d.id(), d));
        this.promotional = List.copyOf(promotional);
    }

    List<Fact> facts(List<Located> sections) {
        List<Fact> facts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        CatalogReader catalogs = new CatalogReader(problems);
        catalogs.forEachItem(sections, "fact", (file, item) -> {
            Field field = new Field(file, item, problems);
            field.onlyKeys(List.of("id", "subject", "attribute", "asked_as", "claims"));
            String id = catalogs.checkedId(field, ids, "fact");
            if (id != null) {
                ids.add(id);
            }
            String subject = field.required("subject");
            String attribute = field.required("attribute");
            List<String> askedAs = field.strings("asked_as");
            for (String phrase : askedAs) {
                if (phrase.contains("~") || phrase.contains("|")) {
                    problems.add(file, field.lineOf("asked_as"), "fact '" + id + "': the phrase '" + phrase
                            + "' is a signal of parts; asked_as takes single phrases (list each one)");
                }
            }
            boolean ok = id != null && subject != null && attribute != null;
            if (subject != null && !entityIds.contains(subject)) {
                problems.add(file, field.lineOf("subject"), "unknown entity '" + subject + "'");
                ok = false;
            }
            List<Claim> claims = claims(field);
            if (ok && claims != null) {
                facts.add(new Fact(id, subject, attribute, askedAs, claims, file, item.line()));
            }
        });
        return facts;
    }

    /** The fact's claims, or null when any has an error (already reported). */
    private List<Claim> claims(Field fact) {
        Set<String> values = new HashSet<>();
        return fact.mappings("claims", "a fact needs claims: a list of {value, evidence}, one per value the sources give",
                "each claim is a mapping of value and evidence", field -> {
                    field.onlyKeys(List.of("value", "evidence"));
                    String value = field.required("value");
                    List<Evidence> evidence = evidence(field);
                    if (value != null && !values.add(value)) {
                        problems.add(fact.file(), field.lineOf("value"), "the value '" + value
                                + "' is claimed twice; put every quote that gives it under one claim");
                        return null;
                    }
                    return value != null && evidence != null ? new Claim(value, evidence) : null;
                });
    }

    private List<Evidence> evidence(Field claim) {
        return claim.mappings("evidence", "a claim needs evidence: a list of {source, quote}",
                "each evidence is a mapping of source and quote", field -> {
                    field.onlyKeys(List.of("source", "quote"));
                    String source = field.required("source");
                    String quote = checkedQuote(field, source);
                    return quote == null ? null : new Evidence(source, null, quote, field.file(), field.lineOf("quote"));
                });
    }

    List<Erratum> errata(List<Located> sections) {
        List<Erratum> errata = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        new CatalogReader(problems).forEachItem(sections, "erratum", (file, item) -> {
            Field field = new Field(file, item, problems);
            field.onlyKeys(List.of("source", "quote", "correction", "reference"));
            String source = field.required("source");
            String quote = checkedQuote(field, source);
            String correction = field.required("correction");
            String reference = field.required("reference");
            if (quote == null || correction == null || reference == null) {
                return;
            }
            if (!seen.add(source + "\n" + quote)) {
                problems.add(file, field.lineOf("quote"), "this quote of " + source + " already has an erratum");
                return;
            }
            errata.add(new Erratum(source, quote, correction, reference, file, field.lineOf("quote")));
        });
        return errata;
    }

    /** The item's quote when it is citable from its source; else null, reported. */
    private String checkedQuote(Field field, String source) {
        YamlNode node = field.item().get("quote");
        String quote = node instanceof YamlNode.Scalar scalar ? scalar.text() : null;
        int line = field.lineOf("quote");
        if (quote == null || quote.isBlank()) {
            problems.add(field.file(), line, node == null ? "missing field 'quote'" : "'quote' must be the quoted text");
            return null;
        }
        if (source == null) {
            return null;
        }
        SourceDocument document = documents.get(source);
        if (document == null) {
            problems.add(field.file(), field.lineOf("source"), "unknown source '" + source + "'");
            return null;
        }
        String problem = SourceQuotes.notCitable(document, quote, promotional);
        if (problem != null) {
            problems.add(field.file(), line, problem);
            return null;
        }
        return quote;
    }
}
