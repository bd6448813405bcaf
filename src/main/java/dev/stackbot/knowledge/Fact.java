package dev.stackbot.knowledge;

import java.util.List;

/**
 * What the sources state about one attribute of one entity ("Python — first public release"), with every
 * value they give. Two claims mean the sources disagree: the knowledge keeps both rather than pick one.
 *
 * @param subject   entity id the fact is about
 * @param attribute what about it, in words, shown after the entity's name
 * @param askedAs   words and phrases that show a question asks for this fact (aspect signal syntax); may be empty
 * @param claims    one claim per distinct value, in file order; never empty
 * @param file      file the fact is written in
 * @param line      line of the fact in that file
 */
public record Fact(String id, String subject, String attribute, List<String> askedAs, List<Claim> claims,
                   String file, int line) {

    public Fact {
        askedAs = List.copyOf(askedAs);
        claims = List.copyOf(claims);
    }

    /** Whether the sources give different values (the loader refuses two claims of one value). */
    public boolean disputed() {
        return claims.size() > 1;
    }

    /** The values given, in claim order. */
    public List<String> values() {
        return claims.stream().map(Claim::value).toList();
    }
}
