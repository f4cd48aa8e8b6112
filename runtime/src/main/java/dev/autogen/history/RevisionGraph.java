package dev.autogen.history;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The history of revisions: a directed acyclic graph from bases (no parents) to heads (no children).
 * Pure: no database, no files. Built once by {@link #of}, which rejects duplicate ids, missing parents,
 * duplicate branch labels and cycles. Every set this class returns iterates in topological order
 * (parents before children; ties broken by creation time, then id).
 *
 * <p>The database's state is the set of applied revisions; its current heads are the applied revisions
 * no other applied revision descends from. Walking the graph never recurses, so long histories are safe.
 */
public final class RevisionGraph {
    private final Map<String, RevisionInfo> byId;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> dependents;
    private final Map<String, String> labels;
    private final List<String> order;
    private final Map<String, Integer> position;

    private RevisionGraph(Map<String, RevisionInfo> byId, Map<String, List<String>> children,
                          Map<String, List<String>> dependents, Map<String, String> labels, List<String> order) {
        this.byId = byId;
        this.children = children;
        this.dependents = dependents;
        this.labels = labels;
        this.order = List.copyOf(order);
        this.position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
    }

    /** Builds and validates the graph; throws {@code REVISION} errors naming the revision and its file. */
    public static RevisionGraph of(List<RevisionInfo> revisions) {
        Map<String, RevisionInfo> byId = new LinkedHashMap<>();
        for (RevisionInfo r : revisions) {
            RevisionInfo earlier = byId.putIfAbsent(r.id(), r);
            if (earlier != null) {
                throw error("Revision " + r.id() + " is defined twice (in " + earlier.sourceName() + " and in "
                        + r.sourceName() + "); give one of them a new id and fix the parents that name it.");
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (RevisionInfo r : byId.values()) {
            children.putIfAbsent(r.id(), new ArrayList<>());
            dependents.putIfAbsent(r.id(), new ArrayList<>());
        }
        for (RevisionInfo r : byId.values()) {
            for (String p : r.parents()) {
                if (!byId.containsKey(p)) {
                    throw error("Revision " + r.id() + " (in " + r.sourceName() + ") names parent " + p
                            + ", which is not in the migrations folder; restore that revision or fix the parent id.");
                }
                children.get(p).add(r.id());
            }
            for (String d : r.dependsOn()) {
                if (!byId.containsKey(d)) {
                    throw error("Revision " + r.id() + " (in " + r.sourceName() + ") depends on " + d
                            + ", which is not in the migrations folder; restore that revision or fix the dependsOn id.");
                }
                dependents.get(d).add(r.id());
            }
            for (String label : r.branchLabels()) {
                String other = labels.putIfAbsent(label, r.id());
                if (other != null) {
                    throw error("Branch label '" + label + "' is carried by both " + other + " and " + r.id()
                            + " (in " + r.sourceName() + "); a label names one revision, so remove one of them.");
                }
                if (byId.containsKey(label)) {
                    throw error("Branch label '" + label + "' of revision " + r.id() + " (in " + r.sourceName()
                            + ") is also a revision id; choose a label that is not an id.");
                }
            }
        }
        List<String> order = topologicalOrder(byId, children, dependents);
        return new RevisionGraph(byId, children, dependents, labels, order);
    }

    /** Kahn's algorithm over parent and depends-on edges; leftovers mean a cycle, reported with its members. */
    private static List<String> topologicalOrder(Map<String, RevisionInfo> byId, Map<String, List<String>> children,
                                                 Map<String, List<String>> dependents) {
        Comparator<String> tieBreak = Comparator.comparing((String id) -> byId.get(id).created())
                .thenComparing(Comparator.naturalOrder());
        Map<String, Integer> pending = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>(tieBreak);
        for (RevisionInfo r : byId.values()) {
            int n = new LinkedHashSet<>(predecessors(r)).size();
            pending.put(r.id(), n);
            if (n == 0) {
                ready.add(r.id());
            }
        }
        List<String> order = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            Set<String> next = new LinkedHashSet<>(children.get(id));
            next.addAll(dependents.get(id));
            for (String c : next) {
                if (pending.merge(c, -1, Integer::sum) == 0) {
                    ready.add(c);
                }
            }
        }
        if (order.size() < byId.size()) {
            throw error(describeCycle(byId, pending));
        }
        return order;
    }

    /** Every node left with pending predecessors has one that is also left, so following them must loop. */
    private static String describeCycle(Map<String, RevisionInfo> byId, Map<String, Integer> pending) {
        String start = byId.keySet().stream().filter(id -> pending.get(id) > 0).findFirst().orElseThrow();
        List<String> walk = new ArrayList<>();
        String current = start;
        while (!walk.contains(current)) {
            walk.add(current);
            String from = current;
            current = predecessors(byId.get(from)).stream().filter(p -> pending.get(p) > 0).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(walk.subList(walk.indexOf(current), walk.size()));
        cycle.add(current);
        Set<String> files = new LinkedHashSet<>();
        cycle.forEach(id -> files.add(byId.get(id).sourceName()));
        return "Revisions form a cycle: " + String.join(" -> ", cycle) + " (each names the next as its parent); "
                + "fix the parent ids in " + String.join(", ", files) + " so the history has a start.";
    }

    private static List<String> predecessors(RevisionInfo r) {
        List<String> p = new ArrayList<>(r.parents());
        p.addAll(r.dependsOn());
        return p;
    }

    static AutogenException error(String message) {
        return new AutogenException(ErrorKind.REVISION, message);
    }

    // ---- structure ----

    /** All revisions, oldest first. */
    public List<RevisionInfo> revisions() {
        return order.stream().map(byId::get).toList();
    }

    /** All revisions newest first: what {@code autogen history} lists. */
    public List<RevisionInfo> history() {
        List<RevisionInfo> list = new ArrayList<>(revisions());
        Collections.reverse(list);
        return list;
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Optional<RevisionInfo> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The revision with exactly this id. */
    public RevisionInfo get(String id) {
        RevisionInfo r = byId.get(id);
        if (r == null) {
            throw error("Revision " + id + " is not in the migrations folder; run 'autogen history' to list revisions.");
        }
        return r;
    }

    /** Revisions no other revision names as parent. */
    public List<RevisionInfo> heads() {
        return order.stream().filter(id -> children.get(id).isEmpty()).map(byId::get).toList();
    }

    /** Revisions without parents. */
    public List<RevisionInfo> bases() {
        return order.stream().filter(id -> byId.get(id).parents().isEmpty()).map(byId::get).toList();
    }

    /** Revisions with more than one child: where the history branches. */
    public List<RevisionInfo> branches() {
        return order.stream().filter(id -> children.get(id).size() > 1).map(byId::get).toList();
    }

    /** Revisions with more than one parent: where branches were merged. */
    public List<RevisionInfo> mergePoints() {
        return order.stream().filter(id -> byId.get(id).parents().size() > 1).map(byId::get).toList();
    }

    /** The revisions naming {@code id} as parent. */
    public List<RevisionInfo> children(String id) {
        get(id);
        return sorted(children.get(id)).stream().map(byId::get).toList();
    }

    /** True when at least one revision has a branch label. */
    public boolean hasLabels() {
        return !labels.isEmpty();
    }

    /** The revision carrying {@code label}, if any. */
    public Optional<RevisionInfo> labelled(String label) {
        return Optional.ofNullable(labels.get(label)).map(byId::get);
    }

    /** Every revision that must be applied before {@code id} (parents and depends-on, transitively). */
    public Set<String> ancestors(String id) {
        get(id);
        Set<String> seen = walk(List.of(id), r -> predecessors(byId.get(r)));
        seen.remove(id);
        return sorted(seen);
    }

    /** Every revision that must be undone before {@code id} (children and dependents, transitively). */
    public Set<String> descendants(String id) {
        get(id);
        Set<String> seen = walk(List.of(id), this::successors);
        seen.remove(id);
        return sorted(seen);
    }

    /** {@code ids} with everything they need: the set of revisions applied once {@code ids} are. */
    public Set<String> closure(Collection<String> ids) {
        ids.forEach(this::get);
        return sorted(walk(ids, r -> predecessors(byId.get(r))));
    }

    /**
     * The current heads of a database whose applied revisions are {@code applied}: those no other applied
     * revision follows (through parents). Fails when an applied id is not in the graph.
     */
    public Set<String> currentHeads(Collection<String> applied) {
        for (String id : applied) {
            if (!byId.containsKey(id)) {
                throw error("Database is at revision " + id + ", which is not in the revision graph; run "
                        + "'autogen history' or 'autogen stamp'.");
            }
        }
        Set<String> below = new LinkedHashSet<>();
        for (String id : applied) {
            Set<String> lineage = walk(List.of(id), r -> byId.get(r).parents());
            lineage.remove(id);
            below.addAll(lineage);
        }
        Set<String> heads = new LinkedHashSet<>(applied);
        heads.removeAll(below);
        return sorted(heads);
    }

    // ---- targets and paths ----

    /**
     * The revisions a target names, given the database's current heads (for relative targets); empty means base.
     * Accepts a full id, a unique id prefix, a branch label, {@code head}, {@code heads}, {@code base},
     * {@code ref@head}, {@code ref@+N}, {@code ref@-N}, {@code ref+N}, {@code ref-N}, {@code +N} and {@code -N}.
     */
    public Set<String> resolve(String target, Set<String> currentHeads) {
        return sorted(new TargetResolver(this).resolve(target, currentHeads));
    }

    /** {@link #resolve(String, Set)} for targets that do not depend on the database. */
    public Set<String> resolve(String target) {
        return resolve(target, Set.of());
    }

    /**
     * What to apply, in order, to bring a database whose applied revisions (or heads) are {@code current}
     * up to {@code target}: the target and everything it needs that is not applied yet.
     */
    public List<RevisionInfo> upgradePath(Set<String> current, String target) {
        return upgradePath(currentHeads(current), closure(current), target);
    }

    /**
     * What to apply, in order, to bring a database that recorded exactly {@code recorded} up to {@code target}.
     * Only recorded revisions count as applied: a revision below a recorded one that is not recorded itself
     * (see {@link #unrecordedBelow}) is in the path too.
     */
    public List<RevisionInfo> upgradePathFromRecorded(Set<String> recorded, String target) {
        return upgradePath(currentHeads(recorded), recorded, target);
    }

    /** The revisions not recorded although a recorded revision follows them: added below it, e.g. merged late. */
    public Set<String> unrecordedBelow(Set<String> recorded) {
        Set<String> below = new LinkedHashSet<>(closure(recorded));
        below.removeAll(recorded);
        return below;
    }

    private List<RevisionInfo> upgradePath(Set<String> heads, Set<String> applied, String target) {
        Set<String> wanted = new LinkedHashSet<>(closure(resolve(target, heads)));
        wanted.removeAll(applied);
        return sorted(wanted).stream().map(byId::get).toList();
    }

    /**
     * What to undo, in order (children before parents), to bring a database whose applied revisions (or heads)
     * are {@code current} down to {@code target}: every applied revision that follows the target.
     */
    public List<RevisionInfo> downgradePath(Set<String> current, String target) {
        return downgradePath(currentHeads(current), closure(current), target);
    }

    /** {@link #downgradePath} for a database that recorded exactly {@code recorded}: only those are undone. */
    public List<RevisionInfo> downgradePathFromRecorded(Set<String> recorded, String target) {
        return downgradePath(currentHeads(recorded), recorded, target);
    }

    private List<RevisionInfo> downgradePath(Set<String> heads, Set<String> applied, String target) {
        Set<String> destination = resolve(target, heads);
        Set<String> undo = new LinkedHashSet<>();
        if (destination.isEmpty()) {
            undo.addAll(applied);
        }
        for (String t : destination) {
            if (!applied.contains(t)) {
                throw error("Cannot downgrade to " + t + ": it is not applied (the database is at "
                        + describeHeads(heads) + "); run 'autogen current' and name an applied revision.");
            }
            undo.addAll(descendants(t));
        }
        undo.retainAll(applied);
        List<RevisionInfo> path = new ArrayList<>(sorted(undo).stream().map(byId::get).toList());
        Collections.reverse(path);
        return path;
    }

    /** {@code 3f2a1c}, {@code a1b2c3, d4e5f6} or {@code base (no revision applied)}, for messages. */
    public static String describeHeads(Collection<String> heads) {
        return heads.isEmpty() ? "base (no revision applied)" : String.join(", ", heads);
    }

    // ---- helpers shared with TargetResolver ----

    List<String> childIds(String id) {
        return sorted(children.get(id)).stream().toList();
    }

    String labelTarget(String label) {
        return labels.get(label);
    }

    /** The revisions on the same line of history as {@code id}: its ancestors, itself and its descendants. */
    Set<String> lineage(String id) {
        Set<String> all = new LinkedHashSet<>(walk(List.of(id), r -> byId.get(r).parents()));
        all.addAll(walk(List.of(id), r -> children.get(r)));
        return all;
    }

    private List<String> successors(String id) {
        List<String> s = new ArrayList<>(children.get(id));
        s.addAll(dependents.get(id));
        return s;
    }

    /** Iterative breadth-first reach from {@code start}, start included. */
    private static Set<String> walk(Collection<String> start, java.util.function.Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>(start);
        Deque<String> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty()) {
            for (String n : next.apply(queue.poll())) {
                if (seen.add(n)) {
                    queue.add(n);
                }
            }
        }
        return seen;
    }

    private Set<String> sorted(Collection<String> ids) {
        List<String> list = new ArrayList<>(ids);
        list.sort(Comparator.comparing(position::get));
        return new LinkedHashSet<>(list);
    }
}
