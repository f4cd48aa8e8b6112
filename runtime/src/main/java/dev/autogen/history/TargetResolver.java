package dev.autogen.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.autogen.history.RevisionGraph.error;

/** Reads target expressions ({@code head}, {@code ae10+2}, {@code feature@head}, ...) against one graph. */
final class TargetResolver {
    private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");
    private static final Pattern REF_RELATIVE = Pattern.compile("(.+?)([+-])(\\d+)");

    private final RevisionGraph graph;

    TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    Set<String> resolve(String rawTarget, Set<String> currentHeads) {
        String target = rawTarget == null ? "" : rawTarget.trim();
        if (target.isEmpty()) {
            throw error("No target given; name a revision, 'head', 'heads', 'base' or a relative step such as '+1'.");
        }
        switch (target) {
            case "base":
                return Set.of();
            case "heads":
                return ids(graph.heads());
            case "head":
                return singleHead();
            default:
                break;
        }
        int at = target.lastIndexOf('@');
        if (at > 0) {
            return branchTarget(target, target.substring(0, at), target.substring(at + 1), currentHeads);
        }
        Matcher relative = RELATIVE.matcher(target);
        if (relative.matches()) {
            return relativeFromCurrent(target, relative, currentHeads, null);
        }
        String id = reference(target, false);
        if (id != null) {
            return Set.of(id);
        }
        Matcher refRelative = REF_RELATIVE.matcher(target);
        if (refRelative.matches()) {
            String from = reference(refRelative.group(1), true);
            return step(target, from, refRelative.group(2), Integer.parseInt(refRelative.group(3)), null);
        }
        throw unknown(target);
    }

    private Set<String> singleHead() {
        List<RevisionInfo> heads = graph.heads();
        if (heads.size() > 1) {
            List<String> ids = new ArrayList<>(ids(heads));
            throw error("There are " + ids.size() + " heads (" + String.join(", ", ids) + "); run 'autogen merge -m \"...\" "
                    + String.join(" ", ids) + "' or upgrade 'heads'.");
        }
        return ids(heads);
    }

    /** {@code ref@head} and {@code ref@+N}/{@code ref@-N}: steps restricted to the branch through {@code ref}. */
    private Set<String> branchTarget(String target, String refText, String suffix, Set<String> currentHeads) {
        String ref = reference(refText, true);
        Set<String> lineage = graph.lineage(ref);
        if (suffix.equals("head")) {
            List<String> heads = new ArrayList<>();
            for (RevisionInfo h : graph.heads()) {
                if (lineage.contains(h.id())) {
                    heads.add(h.id());
                }
            }
            if (heads.size() > 1) {
                throw error("'" + refText + "' leads to " + heads.size() + " heads (" + String.join(", ", heads)
                        + "); name one of them instead of '" + target + "'.");
            }
            return Set.copyOf(heads);
        }
        Matcher relative = RELATIVE.matcher(suffix);
        if (!relative.matches()) {
            throw error("Cannot read '" + target + "': after '@' write 'head', '+N' or '-N'.");
        }
        return relativeFromCurrent(target, relative, currentHeads, lineage);
    }

    private Set<String> relativeFromCurrent(String target, Matcher relative, Set<String> currentHeads,
                                            Set<String> lineage) {
        List<String> starts = new ArrayList<>();
        for (String h : new java.util.TreeSet<>(currentHeads)) {
            if (lineage == null || lineage.contains(h)) {
                starts.add(h);
            }
        }
        if (starts.size() > 1) {
            // 'label@-1' only helps when there are labels; a head's id works the same way
            String suggestion = graph.hasLabels() ? "'label@" + relative.group() + "'"
                    : "'" + starts.get(0) + "@" + relative.group() + "' (a head's id)";
            throw error("Relative target '" + target + "' is ambiguous: the database has " + starts.size()
                    + " heads (" + String.join(", ", starts) + "); use " + suggestion + " or name a revision.");
        }
        String from = starts.isEmpty() ? null : starts.get(0);
        return step(target, from, relative.group(1), Integer.parseInt(relative.group(2)), lineage);
    }

    /** Walks {@code n} steps from {@code from} ({@code null} = base), forward through children or back through parents. */
    private Set<String> step(String target, String from, String sign, int n, Set<String> lineage) {
        String current = from;
        for (int i = 0; i < n; i++) {
            if (sign.equals("-") && i == n - 1 && current != null && graph.get(current).parents().size() > 1) {
                // the last step back from a merge undoes the merge: both branches stay applied, as in Alembic
                return Set.copyOf(graph.get(current).parents());
            }
            current = sign.equals("+") ? forward(target, current, from, i, lineage) : backward(target, current, from, i);
        }
        return current == null ? Set.of() : Set.of(current);
    }

    private String forward(String target, String current, String from, int done, Set<String> lineage) {
        List<String> next = new ArrayList<>();
        for (String c : current == null ? ids(graph.bases()) : graph.childIds(current)) {
            if (lineage == null || lineage.contains(c)) {
                next.add(c);
            }
        }
        if (next.isEmpty()) {
            throw error("Relative target '" + target + "' goes past the head: only " + done + " revision"
                    + (done == 1 ? "" : "s") + " follow " + RevisionGraph.describeHeads(from == null ? Set.of() : Set.of(from))
                    + "; use 'head' or a smaller number.");
        }
        if (next.size() > 1) {
            throw error("Relative target '" + target + "' is ambiguous: the history branches after "
                    + (current == null ? "base" : current) + " into " + String.join(", ", next)
                    + "; use 'label@+N' or name a revision.");
        }
        return next.get(0);
    }

    private String backward(String target, String current, String from, int done) {
        if (current == null && from == null) {
            throw error("The database is at base (no revision applied), so '" + target + "' has nothing to undo.");
        }
        if (current == null) {
            throw error("Relative target '" + target + "' goes past base: " + from + " is only " + done + " revision"
                    + (done == 1 ? "" : "s") + " above base; use 'base' or a smaller number.");
        }
        List<String> parents = graph.get(current).parents();
        if (parents.size() > 1) {
            throw error("Relative target '" + target + "' is ambiguous: " + current + " merges "
                    + String.join(" and ", parents) + "; name the revision to go back to.");
        }
        return parents.isEmpty() ? null : parents.get(0);
    }

    /** A full id, a branch label, {@code head}, or a unique id prefix; {@code null} when nothing matches. */
    private String reference(String text, boolean required) {
        if (graph.contains(text)) {
            return text;
        }
        String labelled = graph.labelTarget(text);
        if (labelled != null) {
            return labelled;
        }
        if (text.equals("head")) {
            Set<String> head = singleHead();
            if (head.isEmpty()) {
                throw error("There are no revisions yet, so 'head' names nothing; run 'autogen -m \"...\"' first.");
            }
            return head.iterator().next();
        }
        Set<String> matches = new LinkedHashSet<>();
        for (RevisionInfo r : graph.revisions()) {
            if (r.id().startsWith(text)) {
                matches.add(r.id());
            }
        }
        if (matches.size() > 1) {
            throw error("Revision prefix '" + text + "' matches " + matches.size() + " revisions ("
                    + String.join(", ", matches) + "); give more characters of the id.");
        }
        if (matches.isEmpty()) {
            if (required) {
                throw unknown(text);
            }
            return null;
        }
        return matches.iterator().next();
    }

    private static dev.autogen.error.AutogenException unknown(String text) {
        return error("No revision, branch label or keyword matches '" + text
                + "'; run 'autogen history' to list revisions.");
    }

    private static Set<String> ids(List<RevisionInfo> revisions) {
        Set<String> ids = new LinkedHashSet<>();
        revisions.forEach(r -> ids.add(r.id()));
        return ids;
    }
}
