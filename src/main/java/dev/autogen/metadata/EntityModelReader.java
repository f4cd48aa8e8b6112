package dev.autogen.metadata;

import dev.autogen.model.ColumnType;
import dev.autogen.model.EntitySpellings;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Sequence;
import dev.autogen.model.Table;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the schema the entity classes describe, as Hibernate's schema export would create it for the
 * configured dialect, into the neutral {@link SchemaModel}. Builds only Hibernate's boot metamodel: it never
 * connects to a database and never builds a SessionFactory.
 */
public final class EntityModelReader {

    private static final Pattern CACHE = Pattern.compile("\\b(?:(nocache)|cache\\s+(\\d+))\\b");

    private final MetadataOptions options;

    public EntityModelReader(MetadataOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The model of {@code annotatedClasses} (entities, mapped superclasses, embeddables, converters),
     * loaded by {@code classLoader}; tables and sequences sorted by name.
     *
     * @throws dev.autogen.error.AutogenException of kind {@code MODEL} when Hibernate rejects the mapping
     */
    public SchemaModel read(List<Class<?>> annotatedClasses, ClassLoader classLoader) {
        return new MetadataBootstrap(options).read(annotatedClasses, classLoader, this::convert);
    }

    /**
     * Classes whose code decides the model: this reader (autogen), Hibernate and Jakarta Persistence. The entity
     * model cache hashes the jars or folders they come from, so another build of any of them never reuses a model.
     */
    public static List<Class<?>> implementation() {
        return List.of(EntityModelReader.class, Metadata.class, jakarta.persistence.Entity.class);
    }

    /**
     * The cache Hibernate's schema export gives the sequence: its dialect's {@code CREATE SEQUENCE} (MariaDB's
     * ends in {@code nocache}) and the generator's {@code options}; {@code null} when neither states one.
     */
    private static Long cache(Metadata metadata, org.hibernate.boot.model.relational.Sequence sequence) {
        String create = metadata.getDatabase().getDialect().getSequenceSupport()
                .getCreateSequenceString("s", sequence.getInitialValue(), sequence.getIncrementSize());
        String all = (create + " " + (sequence.getOptions() == null ? "" : sequence.getOptions())).toLowerCase(Locale.ROOT);
        Matcher cache = CACHE.matcher(all);
        Long found = null;
        while (cache.find()) {
            found = cache.group(1) != null ? 0L : Long.parseLong(cache.group(2));
        }
        return found;
    }

    /**
     * How the entities spell their names and column types for a portable revision (see {@link EntitySpellings}),
     * keyed by the catalog spellings {@link #read} gives.
     */
    public EntitySpellings spellings(List<Class<?>> annotatedClasses, ClassLoader classLoader) {
        Map<String, String> physical = new HashMap<>();
        IdentifierNormaliser recording = (identifier, quoted) -> {
            String folded = options.normaliser().normalise(identifier, quoted);
            physical.putIfAbsent(folded, quoted ? "\"" + identifier + "\"" : identifier);
            return folded;
        };
        return new MetadataBootstrap(options).read(annotatedClasses, classLoader, metadata -> {
            Names names = names(metadata, recording);
            // types first: Column.getSqlType(metadata), called by convert, remembers its answer as if the
            // mapping had given a columnDefinition
            Map<QualifiedName, Map<String, ColumnType>> types = new HashMap<>();
            for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
                for (org.hibernate.mapping.Table table : namespace.getTables()) {
                    if (!table.isPhysicalTable()) {
                        continue;
                    }
                    Map<String, ColumnType> columns = new HashMap<>();
                    for (org.hibernate.mapping.Column column : table.getColumns()) {
                        ColumnType type = PortableTypeReader.of(column, metadata);
                        if (type != null) {
                            columns.put(names.column(column), type);
                        }
                    }
                    types.put(names.qualified(table.getQualifiedTableName()), columns);
                }
            }
            convert(metadata, names);
            return new EntitySpellings(physical, types, EntityMappingReader.read(metadata, names));
        });
    }

    private Names names(Metadata metadata, IdentifierNormaliser normaliser) {
        return new Names(normaliser, options.defaultSchema(),
                metadata.getDatabase().getJdbcEnvironment().getNameQualifierSupport());
    }

    private SchemaModel convert(Metadata metadata) {
        return convert(metadata, names(metadata, options.normaliser()));
    }

    private SchemaModel convert(Metadata metadata, Names names) {
        NamedEnums enums = new NamedEnums(names);
        TableConverter tables = new TableConverter(metadata, names, enums, options.naming());
        List<Table> tableList = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable()) {
                    tableList.add(tables.convert(table));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                sequences.add(new Sequence(
                        names.qualified(sequence.getName()),
                        sequence.getInitialValue(), sequence.getIncrementSize(), cache(metadata, sequence)));
            }
        }
        tableList.sort(Comparator.comparing(Table::name));
        sequences.sort(Comparator.comparing(Sequence::name));
        return new SchemaModel(tableList, sequences, enums.all());
    }
}
