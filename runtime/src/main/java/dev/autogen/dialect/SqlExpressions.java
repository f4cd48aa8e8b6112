package dev.autogen.dialect;

import java.util.Locale;

/**
 * Canonical text of SQL expressions (check conditions, defaults, type names), shared by the dialect type
 * normalisers: letters outside string literals are lower-cased, identifier quotes ({@code "x"}, {@code `x`})
 * dropped, runs of white space collapsed and removed next to brackets, commas and operators, and redundant
 * outer brackets stripped. String literals are kept verbatim.
 */
public final class SqlExpressions {
    private static final String TIGHT = "(),=<>+-*/|";

    private SqlExpressions() {
    }

    /** The canonical form of {@code sql}, or {@code null} for {@code null}. */
    public static String canonical(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(sql.length());
        boolean pendingSpace = false;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                i++;
                continue;
            }
            if (pendingSpace && TIGHT.indexOf(c) < 0 && TIGHT.indexOf(out.charAt(out.length() - 1)) < 0) {
                out.append(' ');
            }
            pendingSpace = false;
            if (c == '\'') {
                int end = endOfLiteral(sql, i);
                out.append(sql, i, end);
                i = end;
            } else if (c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? sql.length() : end;
                out.append(sql.substring(i + 1, end).toLowerCase(Locale.ROOT));
                i = end + 1;
            } else {
                out.append(Character.toLowerCase(c));
                i++;
            }
        }
        return dropGroupingBrackets(stripOuterBrackets(out.toString()));
    }

    /**
     * Removes brackets that only group ({@code a or (b is not null)}), keeping those of function calls and
     * {@code in (...)} lists, so a condition reads the same whether or not the database added brackets.
     * Precedence is not re-checked: catalogs add brackets, they rarely drop meaningful ones.
     */
    static String dropGroupingBrackets(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        java.util.ArrayDeque<Boolean> kept = new java.util.ArrayDeque<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = endOfLiteral(sql, i);
                out.append(sql, i, end);
                i = end;
                continue;
            }
            if (c == '(') {
                boolean call = isCall(out);
                kept.push(call);
                if (call) {
                    out.append(c);
                } else if (out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            } else if (c == ')') {
                boolean keep = kept.isEmpty() || kept.pop();
                if (keep) {
                    out.append(c);
                } else if (i + 1 < sql.length() && Character.isLetterOrDigit(sql.charAt(i + 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString().strip();
    }

    private static boolean isCall(StringBuilder before) {
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(before.charAt(start - 1)) || before.charAt(start - 1) == '_')) {
            start--;
        }
        if (start == end) {
            return false;
        }
        String word = before.substring(start, end);
        return !word.equals("and") && !word.equals("or") && !word.equals("not");
    }

    /**
     * The canonical form of a column default: {@code null} for none (also for {@code NULL}); the spellings of
     * the current timestamp ({@code now()}, {@code CURRENT_TIMESTAMP()}, {@code localtimestamp}) as
     * {@code current_timestamp}, with a precision when one is given ({@code current_timestamp(6)}); a quoted
     * number as the number when {@code numericType}; anything else as {@link #canonical}.
     */
    public static String canonicalDefault(String expression, boolean numericType) {
        String canonical = canonical(expression);
        if (canonical == null || canonical.isEmpty() || canonical.equals("null")) {
            return null;
        }
        if (canonical.matches("(current_timestamp|now|localtimestamp|localtime)(\\(\\))?")) {
            return "current_timestamp";
        }
        if (canonical.matches("(current_timestamp|now|localtimestamp|localtime)\\(\\d\\)")) {
            return "current_timestamp" + canonical.substring(canonical.indexOf('('));
        }
        if (numericType && isStringLiteral(canonical) && isNumber(canonical.substring(1, canonical.length() - 1))) {
            return canonical.substring(1, canonical.length() - 1);
        }
        return canonical;
    }

    /** {@code text} without brackets that enclose all of it, e.g. {@code ((a > 0))} becomes {@code a > 0}. */
    public static String stripOuterBrackets(String text) {
        String s = text.strip();
        while (s.length() >= 2 && s.charAt(0) == '(' && closingBracket(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** Index of the bracket closing the one at {@code open}, skipping string literals; -1 when unbalanced. */
    public static int closingBracket(String s, int open) {
        int depth = 0;
        int i = open;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                i = endOfLiteral(s, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i++;
        }
        return -1;
    }

    /** True when {@code text} is one quoted string literal, such as {@code 'it''s'}. */
    public static boolean isStringLiteral(String text) {
        return text.length() >= 2 && text.charAt(0) == '\'' && endOfLiteral(text, 0) == text.length();
    }

    /** True when {@code text} is a (signed, decimal) number. */
    public static boolean isNumber(String text) {
        return text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    }

    /** Index just past the string literal starting at {@code start} (a doubled quote stays inside). */
    private static int endOfLiteral(String s, int start) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                i += 2;
                continue;
            }
            if (s.charAt(i) == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }
}
