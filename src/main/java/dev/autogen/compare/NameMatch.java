package dev.autogen.compare;

import dev.autogen.model.QualifiedName;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** Pairs schema-level objects (tables, sequences, enum types) of the database and the target by qualified name. */
final class NameMatch {
    private NameMatch() {
    }

    /**
     * Calls {@code added} for each target object the database lacks (target order), {@code both} for each pair
     * (target order), then {@code dropped} for each database object the target lacks (database order).
     */
    static <T> void of(List<T> database, List<T> target, Function<T, QualifiedName> name,
                       Consumer<T> added, BiConsumer<T, T> both, Consumer<T> dropped) {
        Map<QualifiedName, T> present = byName(database, name);
        Map<QualifiedName, T> wanted = byName(target, name);
        for (T object : wanted.values()) {
            T existing = present.get(name.apply(object));
            if (existing == null) {
                added.accept(object);
            } else {
                both.accept(existing, object);
            }
        }
        for (T object : present.values()) {
            if (!wanted.containsKey(name.apply(object))) {
                dropped.accept(object);
            }
        }
    }

    private static <T> Map<QualifiedName, T> byName(List<T> objects, Function<T, QualifiedName> name) {
        Map<QualifiedName, T> map = new LinkedHashMap<>();
        objects.forEach(o -> map.put(name.apply(o), o));
        return map;
    }
}
