package dev.autogen.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pairs the database's constraints or indexes with the target's. Two objects are the same when their
 * definitions are equal; among equal definitions the one with the same name is preferred, so objects whose
 * only difference is a generated name are not dropped and re-added. What is left over is dropped or added:
 * an object whose name stays but whose definition changes becomes a drop plus an add.
 */
final class DefinitionMatch<T> {
    private final List<T> dropped;
    private final List<T> added;

    private DefinitionMatch(List<T> dropped, List<T> added) {
        this.dropped = dropped;
        this.added = added;
    }

    /**
     * @param name       the object's name, or {@code null} when it has none
     * @param definition the object's canonical definition without its name (a record, so it has value equality)
     */
    static <T, K> DefinitionMatch<T> of(List<T> database, List<T> target, Function<T, String> name,
                                        Function<T, K> definition) {
        Map<K, List<Integer>> unmatched = new HashMap<>();
        for (int i = 0; i < database.size(); i++) {
            unmatched.computeIfAbsent(definition.apply(database.get(i)), k -> new ArrayList<>()).add(i);
        }
        boolean[] matched = new boolean[database.size()];
        List<T> added = new ArrayList<>();
        for (T wanted : target) {
            List<Integer> candidates = unmatched.get(definition.apply(wanted));
            if (candidates == null || candidates.isEmpty()) {
                added.add(wanted);
                continue;
            }
            int pick = 0;
            for (int c = 0; c < candidates.size(); c++) {
                if (Objects.equals(name.apply(database.get(candidates.get(c))), name.apply(wanted))) {
                    pick = c;
                    break;
                }
            }
            matched[candidates.remove(pick)] = true;
        }
        List<T> dropped = new ArrayList<>();
        for (int i = 0; i < database.size(); i++) {
            if (!matched[i]) {
                dropped.add(database.get(i));
            }
        }
        return new DefinitionMatch<>(dropped, added);
    }

    /** The database's objects the target has no equal for, in database order. */
    List<T> dropped() {
        return dropped;
    }

    /** The target's objects the database has no equal for, in target order. */
    List<T> added() {
        return added;
    }
}
