package dev.autogen.metadata;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedName;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;

/** Turns Hibernate's identifiers into catalog spellings, once, through the dialect's normaliser. */
final class Names {

    private final IdentifierNormaliser normaliser;
    private final String defaultSchema;
    private final NameQualifierSupport qualifiers;

    Names(IdentifierNormaliser normaliser, String defaultSchema, NameQualifierSupport qualifiers) {
        this.normaliser = normaliser;
        this.defaultSchema = defaultSchema;
        this.qualifiers = qualifiers;
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

    /**
     * A table or sequence name. Its schema is Hibernate's schema, or its catalog on databases whose only
     * qualifier is the catalog (MySQL, MariaDB: {@code @Table(catalog = ...)}; Hibernate ignores the schema
     * there). A schema equal to the default schema becomes {@code null}.
     */
    dev.autogen.model.QualifiedName qualified(QualifiedName hibernateName) {
        Identifier schema = qualifiers.supportsSchemas() ? hibernateName.getSchemaName()
                : qualifiers.supportsCatalogs() ? hibernateName.getCatalogName() : null;
        String schemaName = of(schema);
        if (schemaName != null && schemaName.equals(defaultSchema)) {
            schemaName = null;
        }
        return new dev.autogen.model.QualifiedName(schemaName, of(hibernateName.getObjectName()));
    }
}
