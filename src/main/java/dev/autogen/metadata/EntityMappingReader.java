package dev.autogen.metadata;

import dev.autogen.model.EntityMapping;
import dev.autogen.model.QualifiedName;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads from Hibernate's boot metamodel which table each entity maps to and which columns each of its fields map
 * to ({@link EntityMapping}). Fields of embeddables are named by their path ({@code address.street}); collections
 * live in tables of their own and are left out.
 */
final class EntityMappingReader {
    private EntityMappingReader() {
    }

    static EntityMapping read(Metadata metadata, Names names) {
        Map<String, QualifiedName> entities = new HashMap<>();
        Map<String, EntityMapping.Columns> fields = new HashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            String name = entity.getClassName() == null ? entity.getEntityName() : entity.getClassName();
            entities.put(name, names.qualified(entity.getTable().getQualifiedTableName()));
            List<Property> properties = new ArrayList<>();
            if (entity.getIdentifierProperty() != null) {
                properties.add(entity.getIdentifierProperty());
            }
            properties.addAll(entity.getProperties());
            for (Property property : properties) {
                add(name + "#", property, names, fields);
            }
        }
        return new EntityMapping(entities, fields);
    }

    private static void add(String prefix, Property property, Names names, Map<String, EntityMapping.Columns> out) {
        Value value = property.getValue();
        if (value instanceof Collection) {
            return;
        }
        if (value instanceof Component component) {
            for (Property inner : component.getProperties()) {
                add(prefix + property.getName() + ".", inner, names, out);
            }
            return;
        }
        List<String> columns = value.getSelectables().stream().filter(Column.class::isInstance)
                .map(s -> names.column((Column) s)).toList();
        if (!columns.isEmpty() && value.getTable() != null && value.getTable().isPhysicalTable()) {
            out.put(prefix + property.getName(), new EntityMapping.Columns(
                    names.qualified(value.getTable().getQualifiedTableName()), columns));
        }
    }
}
