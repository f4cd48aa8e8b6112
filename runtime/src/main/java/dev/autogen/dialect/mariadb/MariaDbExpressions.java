package dev.autogen.dialect.mariadb;

import dev.autogen.dialect.SqlExpressions;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canonical forms of check conditions and defaults as MariaDB 10.11 rewrites them, so that what autogen or
 * Hibernate wrote and what the catalog hands back compare equal by meaning. The server stores
 * {@code length(x)} as {@code octet_length(`x`)}, {@code lower}/{@code upper} as {@code lcase}/{@code ucase},
 * {@code !=} as {@code <>}, {@code true}/{@code false} as {@code 1}/{@code 0}, a quote inside a literal as
 * {@code \'}, {@code now()} on a {@code datetime(6)} column as {@code current_timestamp(6)}, {@code 0.00} on a
 * {@code double} column as {@code 0}, and a {@code datetime(6)} literal with all six fraction digits.
 */
final class MariaDbExpressions {
    /** Function names the server writes back under another name, mapped to one name (left: as stored). */
    private static final Map<String, String> FUNCTIONS = Map.of(
            "octet_length", "length", "lcase", "lower", "ucase", "upper", "character_length", "char_length",
            "substr", "substring", "now", "current_timestamp", "localtimestamp", "current_timestamp",
            "localtime", "current_timestamp");
    private static final Pattern WORD = Pattern.compile("\\b(true|false)\\b|\\b([a-z_]+)\\(|!=");
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("current_timestamp(?:\\((\\d?)\\))?");
    private static final Pattern TEMPORAL_LITERAL = Pattern.compile("'(\\d{4}-\\d{2}-\\d{2}(?: \\d{2}:\\d{2}:\\d{2})?|\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d*))?'");

    private MariaDbExpressions() {
    }

    /** A check condition (or any expression) in canonical form. */
    static String expression(String sql) {
        String canonical = SqlExpressions.canonical(sql);
        if (canonical == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(canonical.length());
        int i = 0;
        while (i < canonical.length()) {
            int quote = canonical.indexOf('\'', i);
            int end = quote < 0 ? canonical.length() : quote;
            out.append(rewriteCode(canonical.substring(i, end)));
            if (quote < 0) {
                break;
            }
            int close = endOfLiteral(canonical, quote);
            out.append(literal(canonical.substring(quote, close)));
            i = close;
        }
        // once more, so a rewritten operator gets the canonical spacing
        return SqlExpressions.canonical(out.toString());
    }

    /**
     * A default in canonical form for a column of {@code type} (canonical, without {@code unsigned}) with
     * fractional-second {@code precision}; {@code canonicalDefault} is {@link SqlExpressions#canonicalDefault}'s.
     */
    static String defaultValue(String canonicalDefault, String type, int precision, boolean numeric) {
        if (canonicalDefault == null) {
            return null;
        }
        String value = expression(canonicalDefault);
        Matcher now = CURRENT_TIMESTAMP.matcher(value);
        if (now.matches() && (type.equals("datetime") || type.equals("timestamp"))) {
            // the server gives the current timestamp the column's precision
            return precision == 0 ? "current_timestamp" : "current_timestamp(" + precision + ")";
        }
        if (now.matches()) {
            int p = now.group(1) == null || now.group(1).isEmpty() ? 0 : Integer.parseInt(now.group(1));
            return p == 0 ? "current_timestamp" : "current_timestamp(" + p + ")";
        }
        if (numeric && SqlExpressions.isNumber(value)) {
            BigDecimal number = new BigDecimal(value).stripTrailingZeros();
            return number.signum() == 0 ? "0" : number.toPlainString();
        }
        Matcher temporal = TEMPORAL_LITERAL.matcher(value);
        if (temporal.matches() && (type.equals("datetime") || type.equals("timestamp") || type.equals("time"))) {
            String fraction = temporal.group(2) == null ? "" : temporal.group(2).replaceAll("0+$", "");
            return "'" + temporal.group(1) + (fraction.isEmpty() ? "" : "." + fraction) + "'";
        }
        return value;
    }

    private static String rewriteCode(String code) {
        Matcher m = WORD.matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = m.group(1).equals("true") ? "1" : "0";
            } else if (m.group(2) != null) {
                replacement = FUNCTIONS.getOrDefault(m.group(2), m.group(2)) + "(";
            } else {
                replacement = "<>";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace("current_timestamp()", "current_timestamp");
    }

    /**
     * A string literal with MariaDB's escapes resolved ({@code \'} and {@code ''} are a quote, {@code \\} a
     * backslash) and written back in standard SQL (quotes doubled, backslashes plain).
     */
    static String literal(String quoted) {
        StringBuilder value = new StringBuilder();
        int last = quoted.endsWith("'") && quoted.length() >= 2 ? quoted.length() - 1 : quoted.length();
        for (int i = 1; i < last; i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < last) {
                char next = quoted.charAt(++i);
                value.append(switch (next) {
                    case 'n' -> "\n";
                    case 't' -> "\t";
                    case 'r' -> "\r";
                    case '0' -> "\0";
                    case 'z', 'Z' -> "\u001a";
                    case '%', '_' -> "\\" + next;
                    default -> String.valueOf(next);
                });
            } else if (c == '\'' && i + 1 < last && quoted.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else {
                value.append(c);
            }
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    /** Index just past the literal opening at {@code start}: a doubled quote or a backslash escape stays inside. */
    private static int endOfLiteral(String s, int start) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i += 2;
            } else if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                i += 2;
            } else if (c == '\'') {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }
}
