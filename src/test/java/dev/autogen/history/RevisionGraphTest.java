package dev.autogen.history;

import dev.autogen.history.RevisionGraph;
import dev.autogen.history.RevisionInfo;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionGraphTest {

    private static RevisionInfo rev(String id, String... parents) {
        return new RevisionInfo(id, List.of(parents), List.of(), List.of(), "msg " + id, "", "R_" + id + ".java");
    }

    private static RevisionInfo labelled(String id, String label, String... parents) {
        return new RevisionInfo(id, List.of(parents), List.of(label), List.of(), "", "", "R_" + id + ".java");
    }

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }

    /** a1 <- b2 <- c3 (linear). */
    private static RevisionGraph linear() {
        return RevisionGraph.of(List.of(rev("c3c3c3", "b2b2b2"), rev("a1a1a1"), rev("b2b2b2", "a1a1a1")));
    }

    /** 000001 <- a1b2c3, 000001 <- d4e5f6 (two heads branching at 000001). */
    private static RevisionGraph branched() {
        return RevisionGraph.of(List.of(rev("000001"), labelled("a1b2c3", "left", "000001"),
                labelled("d4e5f6", "right", "000001"), rev("d4e5f7", "d4e5f6")));
    }

    private static void assertRevisionError(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOf(AutogenException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((AutogenException) e).kind()).isEqualTo(ErrorKind.REVISION));
    }

    @Test
    void linearHistoryHasOneBaseOneHeadAndTopologicalOrder() {
        RevisionGraph g = linear();
        assertThat(ids(g.heads())).containsExactly("c3c3c3");
        assertThat(ids(g.bases())).containsExactly("a1a1a1");
        assertThat(ids(g.revisions())).containsExactly("a1a1a1", "b2b2b2", "c3c3c3");
        assertThat(ids(g.history())).containsExactly("c3c3c3", "b2b2b2", "a1a1a1");
        assertThat(g.ancestors("c3c3c3")).containsExactly("a1a1a1", "b2b2b2");
        assertThat(g.descendants("a1a1a1")).containsExactly("b2b2b2", "c3c3c3");
        assertThat(g.branches()).isEmpty();
        assertThat(g.mergePoints()).isEmpty();
    }

    @Test
    void duplicateIdIsRejectedNamingBothFiles() {
        assertRevisionError(() -> RevisionGraph.of(List.of(rev("3f2a1c"), rev("3f2a1c", "x"))),
                "Revision 3f2a1c is defined twice (in R_3f2a1c.java and in R_3f2a1c.java); give one of them a new id "
                        + "and fix the parents that name it.");
    }

    @Test
    void missingParentIsRejected() {
        assertRevisionError(() -> RevisionGraph.of(List.of(rev("3f2a1c", "9e8d7c"))),
                "Revision 3f2a1c (in R_3f2a1c.java) names parent 9e8d7c, which is not in the migrations folder; "
                        + "restore that revision or fix the parent id.");
    }

    @Test
    void missingDependencyIsRejected() {
        RevisionInfo r = new RevisionInfo("3f2a1c", List.of(), List.of(), List.of("777777"), "", "", "X.java");
        assertRevisionError(() -> RevisionGraph.of(List.of(r)),
                "Revision 3f2a1c (in X.java) depends on 777777, which is not in the migrations folder; "
                        + "restore that revision or fix the dependsOn id.");
    }

    @Test
    void cycleIsRejectedWithItsMembers() {
        assertRevisionError(() -> RevisionGraph.of(List.of(rev("a0"), rev("b1", "a0", "c2"), rev("c2", "b1"))),
                "Revisions form a cycle: b1 -> c2 -> b1 (each names the next as its parent); fix the parent ids in "
                        + "R_b1.java, R_c2.java so the history has a start.");
        assertRevisionError(() -> RevisionGraph.of(List.of(rev("s1", "s1"))),
                "Revisions form a cycle: s1 -> s1 (each names the next as its parent); fix the parent ids in "
                        + "R_s1.java so the history has a start.");
    }

    @Test
    void longHistoryNeedsNoRecursion() {
        List<RevisionInfo> revisions = new ArrayList<>();
        revisions.add(rev("r0"));
        for (int i = 1; i < 20_000; i++) {
            revisions.add(rev("r" + i, "r" + (i - 1)));
        }
        RevisionGraph g = RevisionGraph.of(revisions);
        assertThat(ids(g.heads())).containsExactly("r19999");
        assertThat(g.upgradePath(Set.of(), "head")).hasSize(20_000);
        assertThat(g.downgradePath(Set.of("r19999"), "r0")).hasSize(19_999);
    }

    @Test
    void duplicateBranchLabelIsRejected() {
        assertRevisionError(() -> RevisionGraph.of(List.of(labelled("aa", "x"), labelled("bb", "x", "aa"))),
                "Branch label 'x' is carried by both aa and bb (in R_bb.java); a label names one revision, so remove "
                        + "one of them.");
    }

    @Test
    void branchesGiveSeveralHeadsAndHeadIsAmbiguous() {
        RevisionGraph g = branched();
        assertThat(ids(g.heads())).containsExactly("a1b2c3", "d4e5f7");
        assertThat(ids(g.branches())).containsExactly("000001");
        assertThat(g.resolve("heads")).containsExactly("a1b2c3", "d4e5f7");
        assertRevisionError(() -> g.resolve("head"),
                "There are 2 heads (a1b2c3, d4e5f7); run 'autogen merge -m \"...\" a1b2c3 d4e5f7' or upgrade 'heads'.");
        assertRevisionError(() -> g.upgradePath(Set.of(), "head"),
                "There are 2 heads (a1b2c3, d4e5f7); run 'autogen merge -m \"...\" a1b2c3 d4e5f7' or upgrade 'heads'.");
        assertThat(ids(g.upgradePath(Set.of(), "heads"))).containsExactly("000001", "a1b2c3", "d4e5f6", "d4e5f7");
    }

    @Test
    void branchLabelsResolveToTheirRevisionAndBranchHead() {
        RevisionGraph g = branched();
        assertThat(g.resolve("right")).containsExactly("d4e5f6");
        assertThat(g.resolve("right@head")).containsExactly("d4e5f7");
        assertThat(g.resolve("left@head")).containsExactly("a1b2c3");
        assertThat(ids(g.upgradePath(Set.of("000001"), "right@head"))).containsExactly("d4e5f6", "d4e5f7");
        assertThat(g.resolve("right@+1", Set.of("000001"))).containsExactly("d4e5f6");
        assertThat(g.resolve("left@+1", Set.of("000001"))).containsExactly("a1b2c3");
        assertRevisionError(() -> g.resolve("000001@head"),
                "'000001' leads to 2 heads (a1b2c3, d4e5f7); name one of them instead of '000001@head'.");
    }

    @Test
    void mergeJoinsHeadsAndUpgradeAppliesBothBranches() {
        List<RevisionInfo> list = new ArrayList<>(branched().revisions());
        list.add(rev("ffff01", "a1b2c3", "d4e5f7"));
        RevisionGraph g = RevisionGraph.of(list);
        assertThat(ids(g.heads())).containsExactly("ffff01");
        assertThat(ids(g.mergePoints())).containsExactly("ffff01");
        assertThat(ids(g.upgradePath(Set.of("a1b2c3"), "head"))).containsExactly("d4e5f6", "d4e5f7", "ffff01");
        // the other branch (a1b2c3) does not follow d4e5f6, so it stays applied
        assertThat(ids(g.downgradePath(Set.of("ffff01"), "d4e5f6"))).containsExactly("ffff01", "d4e5f7");
        assertRevisionError(() -> g.resolve("-2", Set.of("ffff01")),
                "Relative target '-2' is ambiguous: ffff01 merges a1b2c3 and d4e5f7; name the revision to go back to.");
    }

    @Test
    void prefixesResolveWhenUniqueAndListCandidatesWhenNot() {
        RevisionGraph g = RevisionGraph.of(List.of(rev("3f2a1c"), rev("3f9b00", "3f2a1c"), rev("4aaaaa", "3f9b00")));
        assertThat(g.resolve("3f2")).containsExactly("3f2a1c");
        assertThat(g.resolve("4")).containsExactly("4aaaaa");
        assertRevisionError(() -> g.resolve("3f"),
                "Revision prefix '3f' matches 2 revisions (3f2a1c, 3f9b00); give more characters of the id.");
        assertRevisionError(() -> g.resolve("zz"),
                "No revision, branch label or keyword matches 'zz'; run 'autogen history' to list revisions.");
    }

    @Test
    void relativeTargetsWalkFromTheCurrentHeads() {
        RevisionGraph g = linear();
        assertThat(g.resolve("+1", Set.of())).containsExactly("a1a1a1");
        assertThat(g.resolve("+2", Set.of("a1a1a1"))).containsExactly("c3c3c3");
        assertThat(g.resolve("-1", Set.of("c3c3c3"))).containsExactly("b2b2b2");
        assertThat(g.resolve("-3", Set.of("c3c3c3"))).isEmpty();
        assertThat(g.resolve("a1a1+1")).containsExactly("b2b2b2");
        assertThat(g.resolve("c3c3c3-2")).containsExactly("a1a1a1");
        assertThat(g.resolve("head-1")).containsExactly("b2b2b2");
        assertThat(g.resolve("base")).isEmpty();
        assertThat(ids(g.upgradePath(Set.of("a1a1a1"), "+1"))).containsExactly("b2b2b2");
        assertThat(ids(g.downgradePath(Set.of("c3c3c3"), "-2"))).containsExactly("c3c3c3", "b2b2b2");
        assertRevisionError(() -> g.resolve("+3", Set.of("a1a1a1")),
                "Relative target '+3' goes past the head: only 2 revisions follow a1a1a1; use 'head' or a smaller number.");
        assertRevisionError(() -> g.resolve("-4", Set.of("c3c3c3")),
                "Relative target '-4' goes past base: c3c3c3 is only 3 revisions above base; use 'base' or a smaller number.");
    }

    @Test
    void relativeTargetsAreAmbiguousWithSeveralHeadsOrAtABranch() {
        RevisionGraph g = branched();
        assertRevisionError(() -> g.resolve("+1", Set.of("a1b2c3", "d4e5f6")),
                "Relative target '+1' is ambiguous: the database has 2 heads (a1b2c3, d4e5f6); use 'label@+1' or name a revision.");
        assertRevisionError(() -> g.resolve("+1", Set.of("000001")),
                "Relative target '+1' is ambiguous: the history branches after 000001 into a1b2c3, d4e5f6; use 'label@+N' or name a revision.");
    }

    @Test
    void upgradeAndDowngradePathsUseTheAppliedSet() {
        RevisionGraph g = linear();
        assertThat(ids(g.upgradePath(Set.of(), "head"))).containsExactly("a1a1a1", "b2b2b2", "c3c3c3");
        assertThat(ids(g.upgradePath(Set.of("a1a1a1", "b2b2b2"), "head"))).containsExactly("c3c3c3");
        assertThat(g.upgradePath(Set.of("c3c3c3"), "b2b2b2")).isEmpty();
        assertThat(ids(g.downgradePath(Set.of("a1a1a1", "b2b2b2", "c3c3c3"), "base")))
                .containsExactly("c3c3c3", "b2b2b2", "a1a1a1");
        assertThat(ids(g.downgradePath(Set.of("c3c3c3"), "a1a1"))).containsExactly("c3c3c3", "b2b2b2");
        assertRevisionError(() -> g.downgradePath(Set.of("a1a1a1"), "c3c3c3"),
                "Cannot downgrade to c3c3c3: it is not applied (the database is at a1a1a1); run 'autogen current' "
                        + "and name an applied revision.");
    }

    @Test
    void currentHeadsAreAppliedRevisionsNothingAppliedFollows() {
        RevisionGraph g = branched();
        assertThat(g.currentHeads(Set.of("000001", "a1b2c3", "d4e5f6"))).containsExactly("a1b2c3", "d4e5f6");
        assertThat(g.currentHeads(Set.of())).isEmpty();
        assertRevisionError(() -> g.currentHeads(Set.of("9e8d7c")),
                "Database is at revision 9e8d7c, which is not in the revision graph; run 'autogen history' or 'autogen stamp'.");
    }

    @Test
    void dependsOnOrdersAcrossBranchesWithoutMakingParents() {
        RevisionInfo dependent = new RevisionInfo("b0b0", List.of(), List.of(), List.of("a1a1"), "", "", "B.java");
        RevisionGraph g = RevisionGraph.of(List.of(dependent, rev("a1a1", "a0a0"), rev("a0a0")));
        assertThat(ids(g.heads())).containsExactly("a1a1", "b0b0");
        assertThat(g.ancestors("b0b0")).containsExactly("a0a0", "a1a1");
        assertThat(ids(g.upgradePath(Set.of(), "b0b0"))).containsExactly("a0a0", "a1a1", "b0b0");
        assertThat(ids(g.downgradePath(Set.of("a1a1", "b0b0"), "a0a0"))).containsExactly("b0b0", "a1a1");
    }
}
