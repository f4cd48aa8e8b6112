package dev.autogen.metadata;

import dev.autogen.model.Column;
import dev.autogen.model.QualifiedName;

import java.util.Map;

/** Small factories for expected model records. */
final class ModelFixtures {

    static final String POSTGRES = "org.hibernate.dialect.PostgreSQLDialect";
    static final String H2 = "org.hibernate.dialect.H2Dialect";
    static final String MARIADB = "org.hibernate.dialect.MariaDBDialect";

    private ModelFixtures() {
    }

    static EntityModelReader reader(String dialect, Map<String, String> settings) {
        return new EntityModelReader(new MetadataOptions(dialect, settings, IdentifierNormaliser.lowerCase(), "public"));
    }

    static EntityModelReader postgres() {
        return reader(POSTGRES, Map.of());
    }

    static QualifiedName name(String table) {
        return QualifiedName.of(table);
    }

    static Column nullable(String name, String type) {
        return Column.of(name, type);
    }

    static Column notNull(String name, String type) {
        return Column.of(name, type).withNullable(false);
    }
}
