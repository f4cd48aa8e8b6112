package dev.autogen.metadata;

import dev.autogen.model.QualifiedName;
import org.hibernate.boot.model.naming.Identifier;

/** Turns Hibernate's identifiers into catalog spellings, once, through the dialect's normaliser. */
final class Names {

    private final IdentifierNormaliser normaliser;
    private final String defaultSchema;

    Names(IdentifierNormaliser normaliser, String defaultSchema) {
        this.normaliser = normaliser;
        this.defaultSchema = defaultSchema;
    }

    String of(Identifier identifier) {
        return identifier == null ? null : normaliser.normalise(identifier.getText(), identifier.isQuoted());
    }

    /** A constraint or index name; Hibernate keeps quotes as backticks or double quotes in some names. */
    String of(String name) {
        if (name == null) {
            return null;
        }
        return of(Identifier.toIdentifier(name));
    }

    String column(org.hibernate.mapping.Column column) {
        return normaliser.normalise(column.getName(), column.isQuoted());
    }

    /** A table or sequence name; a schema equal to the default schema becomes {@code null}. */
    QualifiedName qualified(Identifier schema, Identifier name) {
        String schemaName = of(schema);
        if (schemaName != null && schemaName.equals(defaultSchema)) {
            schemaName = null;
        }
        return new QualifiedName(schemaName, of(name));
    }
}
