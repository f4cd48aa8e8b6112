package dev.autogen.compare;

import dev.autogen.model.QualifiedName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Kahn's algorithm over table references, iterative and deterministic: among the tables whose references are
 * all placed, the smallest name goes first; when only cycles remain, the smallest remaining name is placed as if
 * its references were met (foreign keys are separate operations, so any order of the tables is valid SQL).
 * O((n + e) log n).
 */
final class TopologicalOrder {
    private TopologicalOrder() {
    }

    /**
     * @param references for each table, the tables it references; references to itself or to tables outside
     *                   the key set are ignored
     * @return the keys, referenced tables before the tables that reference them
     */
    static List<QualifiedName> sort(Map<QualifiedName, ? extends Set<QualifiedName>> references) {
        Map<QualifiedName, Integer> unmet = new HashMap<>();
        Map<QualifiedName, List<QualifiedName>> referencedBy = new HashMap<>();
        for (Map.Entry<QualifiedName, ? extends Set<QualifiedName>> entry : references.entrySet()) {
            int count = 0;
            for (QualifiedName target : entry.getValue()) {
                if (!target.equals(entry.getKey()) && references.containsKey(target)) {
                    referencedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(entry.getKey());
                    count++;
                }
            }
            unmet.put(entry.getKey(), count);
        }
        TreeSet<QualifiedName> waiting = new TreeSet<>(references.keySet());
        TreeSet<QualifiedName> ready = new TreeSet<>();
        for (QualifiedName table : waiting) {
            if (unmet.get(table) == 0) {
                ready.add(table);
            }
        }
        Set<QualifiedName> placed = new HashSet<>();
        List<QualifiedName> order = new ArrayList<>(references.size());
        while (!waiting.isEmpty()) {
            // Only cycles left: place the smallest waiting name to break them.
            QualifiedName next = ready.isEmpty() ? waiting.first() : ready.pollFirst();
            waiting.remove(next);
            placed.add(next);
            order.add(next);
            for (QualifiedName dependent : referencedBy.getOrDefault(next, List.of())) {
                int left = unmet.merge(dependent, -1, Integer::sum);
                if (left == 0 && !placed.contains(dependent)) {
                    ready.add(dependent);
                }
            }
        }
        return order;
    }
}
