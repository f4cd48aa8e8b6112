package dev.autogen.cli;

import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How revisions are shown: Alembic's one-line form ({@code parent -> id (head), message}) and the JSON form. */
final class RevisionText {
    private RevisionText() {
    }

    static String line(RevisionGraph graph, RevisionInfo r, Set<String> current) {
        String parents = String.join(", ", r.parents());
        String arrow = (parents.isEmpty() ? "<base>" : parents) + " -> " + r.id();
        List<String> tags = tags(graph, r, current);
        return arrow + (tags.isEmpty() ? "" : " (" + String.join(") (", tags) + ")") + ", " + r.message();
    }

    static List<String> tags(RevisionGraph graph, RevisionInfo r, Set<String> current) {
        List<String> tags = new ArrayList<>();
        if (graph.heads().contains(r)) {
            tags.add("head");
        }
        if (current.contains(r.id())) {
            tags.add("current");
        }
        if (graph.children(r.id()).size() > 1) {
            tags.add("branchpoint");
        }
        if (r.parents().size() > 1) {
            tags.add("mergepoint");
        }
        r.branchLabels().forEach(l -> tags.add("label: " + l));
        return tags;
    }

    static String verbose(RevisionGraph graph, RevisionInfo r, Set<String> current) {
        List<String> tags = tags(graph, r, current);
        StringBuilder b = new StringBuilder();
        b.append("Rev: ").append(r.id()).append(tags.isEmpty() ? "" : " (" + String.join(") (", tags) + ")").append('\n');
        b.append("Parent: ").append(r.parents().isEmpty() ? "<base>" : String.join(", ", r.parents())).append('\n');
        if (!r.dependsOn().isEmpty()) {
            b.append("Depends on: ").append(String.join(", ", r.dependsOn())).append('\n');
        }
        if (!r.branchLabels().isEmpty()) {
            b.append("Branch labels: ").append(String.join(", ", r.branchLabels())).append('\n');
        }
        List<String> children = graph.children(r.id()).stream().map(RevisionInfo::id).toList();
        if (!children.isEmpty()) {
            b.append("Children: ").append(String.join(", ", children)).append('\n');
        }
        b.append("Created: ").append(r.created().isEmpty() ? "unknown" : r.created()).append('\n');
        b.append("Path: ").append(r.source()).append("\n\n");
        b.append("    ").append(r.message()).append('\n');
        return b.toString();
    }

    static Map<String, Object> json(RevisionGraph graph, RevisionInfo r, Set<String> current) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("parents", r.parents());
        m.put("message", r.message());
        m.put("created", r.created());
        m.put("branchLabels", r.branchLabels());
        m.put("dependsOn", r.dependsOn());
        m.put("head", graph.heads().contains(r));
        m.put("current", current.contains(r.id()));
        m.put("source", r.source());
        return m;
    }
}
