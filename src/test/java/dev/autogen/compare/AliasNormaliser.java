package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test dialect's normaliser with a few aliases, to prove the comparator asks it: {@code int4} = {@code integer},
 * {@code int8} = {@code bigint}, {@code character varying(n)} = {@code varchar(n)}; defaults lose a trailing
 * {@code ::type} cast; expressions lose outer parentheses and repeated blanks.
 */
final class AliasNormaliser implements TypeNormaliser {
    private static final Map<String, String> ALIASES = Map.of("int4", "integer", "int", "integer", "int8", "bigint");
    private static final Pattern VARYING = Pattern.compile("character varying\\((\\d+)\\)");
    private static final Pattern LENGTH = Pattern.compile("(\\w+)\\((\\d+)\\)");

    @Override
    public String type(String sqlType) {
        String t = sqlType.trim().toLowerCase(Locale.ROOT);
        t = VARYING.matcher(t).replaceAll("varchar($1)");
        return ALIASES.getOrDefault(t, t);
    }

    @Override
    public String defaultValue(String expression, String sqlType) {
        if (expression == null) {
            return null;
        }
        String e = expression.trim();
        int cast = e.lastIndexOf("::");
        return cast > 0 && !e.substring(cast).contains("'") ? e.substring(0, cast) : e;
    }

    @Override
    public String expression(String sql) {
        String e = sql.trim().replaceAll("\\s+", " ");
        while (e.startsWith("(") && e.endsWith(")")) {
            e = e.substring(1, e.length() - 1).trim();
        }
        return e;
    }

    /** Shorter varchar, or bigint to integer, narrows. */
    @Override
    public boolean isNarrowing(String fromType, String toType) {
        String from = type(fromType);
        String to = type(toType);
        if (from.equals("bigint") && to.equals("integer")) {
            return true;
        }
        Matcher f = LENGTH.matcher(from);
        Matcher t = LENGTH.matcher(to);
        if (f.matches() && t.matches() && f.group(1).equals(t.group(1))) {
            return Integer.parseInt(t.group(2)) < Integer.parseInt(f.group(2));
        }
        return from.equals("text") && t.matches();
    }
}
