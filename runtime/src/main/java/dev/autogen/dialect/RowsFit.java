package dev.autogen.dialect;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.Operation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Before a revision runs on a database that cannot roll DDL back (MariaDB), finds the column type changes the
 * current rows do not fit: a value longer than the new type holds (a {@code varchar(500)} value in
 * {@code varchar(100)}, a 300-byte {@code @Lob} in {@code tinyblob}). Such a change would fail half-way, with the
 * revision's earlier operations applied and no way back; refusing first leaves the database as it was.
 */
public final class RowsFit {
    private static final Pattern SIZED = Pattern.compile("(?i)\\s*(var)?(char|binary)\\s*\\(\\s*(\\d+)\\s*\\).*");
    private static final Pattern CHARACTER_VARYING = Pattern.compile("(?i)\\s*character varying\\s*\\(\\s*(\\d+)\\s*\\).*");

    private RowsFit() {
    }

    /**
     * @param what names the revision for the error ("Revision 1a2b3c (upgrade)")
     * @throws AutogenException of kind {@code MIGRATION_FAILED} naming each table and column and the count of rows
     *                          that do not fit; nothing has run
     */
    public static void check(Connection c, DdlRenderer renderer, String what, List<Operation> operations)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        for (Operation op : operations) {
            if (!(op instanceof AlterColumn alter) || alter.to().type() == null) {
                continue;
            }
            String measure = measure(alter.to().type(), renderer.quote(alter.to().name()));
            if (measure == null || alter.from().type() != null && (alter.from().type().equalsIgnoreCase(alter.to().type())
                    || widens(alter.from().type(), alter.to().type()))) {
                continue;
            }
            String sql = "SELECT count(*) FROM " + renderer.qualify(alter.table()) + " WHERE " + measure;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                long n = rs.next() ? rs.getLong(1) : 0;
                if (n > 0) {
                    problems.add(alter.table() + "." + alter.to().name() + " to " + alter.to().type() + ": " + n
                            + (n == 1 ? " row holds a value" : " rows hold values") + " longer than it holds");
                }
            } catch (SQLException e) {
                // a table the revision creates earlier, or a column it renames: nothing to measure yet
                if (!"42S02".equals(e.getSQLState()) && !"42S22".equals(e.getSQLState())
                        && !"42102".equals(e.getSQLState()) && !"42122".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AutogenException(ErrorKind.MIGRATION_FAILED, what + " changes column types the current rows do"
                    + " not fit, and this database cannot roll its DDL back, so it did not start: "
                    + String.join("; ", problems) + ". Nothing was changed. Shorten or move those values in a revision"
                    + " before this one (op.execute(\"UPDATE ...\")), or keep the wider type.");
        }
    }

    /** True when {@code to} holds every value of {@code from} of the same kind ({@code varchar(100)} to {@code (500)}). */
    static boolean widens(String from, String to) {
        Long a = size(from);
        Long b = size(to);
        return a != null && b != null && b >= a && kind(from).equals(kind(to));
    }

    private static Long size(String type) {
        Matcher m = SIZED.matcher(type.toLowerCase(Locale.ROOT).strip());
        return m.matches() ? Long.valueOf(m.group(3)) : lobBytes(type.toLowerCase(Locale.ROOT).strip());
    }

    /** The bytes a MariaDB text or blob type holds, or {@code null} for another type. */
    private static Long lobBytes(String type) {
        return switch (type) {
            case "tinyblob", "tinytext" -> 255L;
            case "blob", "text" -> 65_535L;
            case "mediumblob", "mediumtext" -> 16_777_215L;
            case "longblob", "longtext" -> 4_294_967_295L;
            default -> null;
        };
    }

    /** Characters or bytes: what a size counts. */
    private static String kind(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.contains("binary") || t.contains("blob") ? "bytes" : "chars";
    }

    /** The condition a value too long for {@code type} meets, or {@code null} when the type has no size to exceed. */
    static String measure(String type, String column) {
        String t = type.toLowerCase(Locale.ROOT).strip();
        Matcher sized = SIZED.matcher(t);
        if (sized.matches()) {
            boolean bytes = sized.group(2).equals("binary");
            return (bytes ? "octet_length(" : "char_length(") + column + ") > " + Long.parseLong(sized.group(3));
        }
        Matcher varying = CHARACTER_VARYING.matcher(t);
        if (varying.matches()) {
            return "char_length(" + column + ") > " + Long.parseLong(varying.group(1));
        }
        Long bytes = lobBytes(t);
        // a long text or blob holds whatever a row can: nothing to measure
        return bytes == null || t.startsWith("long") ? null : "octet_length(" + column + ") > " + bytes;
    }
}
