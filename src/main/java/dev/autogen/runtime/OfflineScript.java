package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.ErrorKind;
import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.SqlStatement;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes what an upgrade or downgrade would run as one SQL script, without a connection ({@code --sql}):
 * each revision's statements under a {@code -- Running upgrade a -> b} comment, followed by its version-table
 * row. Ranges are {@code from:to}; an upgrade target alone starts at base.
 */
final class OfflineScript {
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final RevisionGraph graph;
    private final Map<String, LoadedRevision> revisions;

    OfflineScript(Dialect dialect, VersionTable versionTable, RevisionGraph graph, Map<String, LoadedRevision> revisions) {
        this.dialect = dialect;
        this.versionTable = versionTable;
        this.graph = graph;
        this.revisions = revisions;
    }

    /** Standard SQL transaction control, the same on every transactional dialect autogen supports. */
    private static final String BEGIN = "BEGIN";
    private static final String COMMIT = "COMMIT";

    String upgrade(String range) {
        int colon = range.indexOf(':');
        Set<String> from = colon < 0 ? Set.of() : graph.resolve(range.substring(0, colon));
        String to = colon < 0 ? range : range.substring(colon + 1);
        List<RevisionInfo> path = graph.upgradePath(from, to);
        StringBuilder out = header("upgrade", range);
        if (from.isEmpty()) {
            out.append("-- Create the version table\n");
            versionTable.createStatements().forEach(s -> append(out, s));
            out.append('\n');
        }
        for (RevisionInfo info : path) {
            out.append("-- Running upgrade ").append(parents(info)).append(" -> ").append(info.id()).append(message(info));
            List<RenderedOperation> ops = RenderedOperation.of(revisions.get(info.id()), Direction.UPGRADE, dialect.renderer());
            List<SqlStatement> statements = RenderedOperation.statements(ops);
            boolean tx = begin(out, statements);
            statements.forEach(s -> append(out, s));
            LoadedRevision revision = revisions.get(info.id());
            // a script that creates the version table records both checksums; one for an existing table, which an
            // older autogen may have made, names only the columns every version has
            append(out, SqlStatement.of(versionTable.recordSql(info.id(), Checksums.of(revision, Direction.UPGRADE),
                    from.isEmpty() ? Checksums.ofDowngrade(revision) : null)));
            commit(out, tx);
            out.append('\n');
        }
        return out.toString();
    }

    String downgrade(String range) {
        int colon = range.indexOf(':');
        if (colon < 0) {
            throw new AutogenException(ErrorKind.USAGE, "An offline downgrade needs a range such as 'head:base' or "
                    + "'3f2a1c:9e8d7c', because there is no database to ask where it stands; give --sql a range.");
        }
        Set<String> from = graph.resolve(range.substring(0, colon));
        List<RevisionInfo> path = graph.downgradePath(from, range.substring(colon + 1));
        StringBuilder out = header("downgrade", range);
        for (RevisionInfo info : path) {
            out.append("-- Running downgrade ").append(info.id()).append(" -> ").append(parents(info)).append(message(info));
            List<RenderedOperation> ops = RenderedOperation.of(revisions.get(info.id()), Direction.DOWNGRADE, dialect.renderer());
            List<SqlStatement> statements = RenderedOperation.statements(ops);
            boolean tx = begin(out, statements);
            statements.forEach(s -> append(out, s));
            append(out, SqlStatement.of(versionTable.removeSql(info.id())));
            commit(out, tx);
            out.append('\n');
        }
        return out.toString();
    }

    private StringBuilder header(String command, String range) {
        StringBuilder out = new StringBuilder("-- autogen ").append(command).append(' ').append(range).append(" for ")
                .append(dialect.name()).append(", generated offline\n\n");
        dialect.sessionStatements().forEach(sql -> append(out, SqlStatement.of(sql)));
        return out;
    }

    private static String parents(RevisionInfo info) {
        return info.parents().isEmpty() ? "base" : String.join(", ", info.parents());
    }

    private static String message(RevisionInfo info) {
        // on one comment line: a line break in a message would turn the rest of it into SQL
        return info.message().isEmpty() ? "\n" : " (" + info.message().replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ") + ")\n";
    }

    /**
     * Opens a transaction for one revision, as the online runner does, where the database can roll back DDL and
     * no statement must run outside one; returns whether it did.
     */
    private boolean begin(StringBuilder out, List<SqlStatement> statements) {
        boolean tx = dialect.transactionalDdl() && statements.stream().noneMatch(SqlStatement::outsideTransaction);
        if (tx) {
            out.append(BEGIN).append(";\n");
        }
        return tx;
    }

    private static void commit(StringBuilder out, boolean tx) {
        if (tx) {
            out.append(COMMIT).append(";\n");
        }
    }

    private static void append(StringBuilder out, SqlStatement statement) {
        if (statement.outsideTransaction()) {
            out.append("-- must run outside a transaction\n");
        }
        out.append(statement.sql()).append(";\n");
    }
}
