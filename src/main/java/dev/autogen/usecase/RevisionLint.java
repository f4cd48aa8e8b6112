package dev.autogen.usecase;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.lint.Finding;
import dev.autogen.lint.LintRule;
import dev.autogen.lint.Linter;
import dev.autogen.lint.RevisionPlan;
import dev.autogen.lint.RowCounts;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.Plan;
import dev.autogen.runtime.Acknowledge;
import dev.autogen.runtime.Direction;
import dev.autogen.history.LoadedRevision;
import dev.autogen.history.RenderedOperation;
import dev.autogen.history.RevisionInfo;
import dev.autogen.apply.OnlineTimeouts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lints the pending revisions: those not applied to the database, or all of them when the database cannot be
 * reached (then no row counts are known, so the rules that need rows find nothing).
 */
public final class RevisionLint {
    private final Project autogen;

    public RevisionLint(Project autogen) {
        this.autogen = autogen;
    }

    public List<Finding> run() {
        List<RevisionInfo> pending;
        try {
            pending = autogen.runner().pending();
        } catch (AutogenException e) {
            if (e.kind() != ErrorKind.CONNECTION) {
                throw e;
            }
            return lint(autogen.graph().upgradePath(Set.of(), "heads"), RowCounts.NONE, false);
        }
        try (Connection c = autogen.connect()) {
            return lint(pending, table -> count(c, table), autogen.dialect().sessionLockTimeout(c));
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONNECTION, "Cannot count rows for lint on " + autogen.displayUrl()
                    + ": " + e.getMessage(), e);
        }
    }

    /** {@code sessionTimeout}: the database session bounds lock waits already (a role's or the URL's lock_timeout). */
    private List<Finding> lint(List<RevisionInfo> revisions, RowCounts rows, boolean sessionTimeout) {
        Map<String, LoadedRevision> byId = new LinkedHashMap<>();
        autogen.revisions().forEach(r -> byId.putIfAbsent(r.id(), r));
        Linter linter = new Linter(autogen.dialect().types(), rows, autogen.dialect().concurrentIndexes());
        return linter.lint(revisions.stream().map(info -> plan(byId.get(info.id()), sessionTimeout))
                .toList());
    }

    private RevisionPlan plan(LoadedRevision revision, boolean sessionTimeout) {
        List<RenderedOperation> rendered = RenderedOperation.of(revision, Direction.UPGRADE, autogen.dialect().renderer());
        return new RevisionPlan(revision.id(), new Plan(rendered.stream().map(RenderedOperation::operation).toList()),
                acknowledged(revision), revision.info().source(), rendered.stream().map(RenderedOperation::line).toList(),
                sessionTimeout || OnlineTimeouts.boundsLockWaits(revision, autogen.settings().safety()));
    }

    /** Reason by rule id from the revision class's {@code @Acknowledge} annotations; unknown rule ids are errors. */
    static Map<String, String> acknowledged(LoadedRevision revision) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Acknowledge a : revision.migration().getClass().getAnnotationsByType(Acknowledge.class)) {
            if (LintRule.byId(a.rule()).isEmpty()) {
                throw new AutogenException(ErrorKind.REVISION, "Revision " + revision.info().describe() + " (in "
                        + revision.info().sourceName() + ") acknowledges the unknown lint rule '" + a.rule()
                        + "'; the rules are " + Arrays.stream(LintRule.values()).map(LintRule::id)
                        .collect(Collectors.joining(", ")) + ".");
            }
            reasons.put(a.rule(), a.reason());
        }
        return reasons;
    }

    /** Rows in {@code table}, or empty when the count fails (the table does not exist yet). */
    private OptionalLong count(Connection c, QualifiedName table) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(autogen.dialect().renderer().countRows(table))) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            return OptionalLong.empty();
        }
    }
}
