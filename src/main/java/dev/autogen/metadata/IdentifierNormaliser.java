package dev.autogen.metadata;

/**
 * Folds an identifier the way the target database stores it in its catalog: unquoted identifiers are folded
 * (lower case on PostgreSQL, upper case on H2), quoted ones kept. {@code Dialect::normaliseIdentifier} fits.
 */
@FunctionalInterface
public interface IdentifierNormaliser {

    String normalise(String identifier, boolean quoted);

    /** Lower-cases unquoted identifiers and keeps quoted ones, as PostgreSQL does. */
    static IdentifierNormaliser lowerCase() {
        return (identifier, quoted) -> quoted ? identifier : identifier.toLowerCase(java.util.Locale.ROOT);
    }
}
