package dev.autogen.dialect.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Best-effort canonical form of a PostgreSQL boolean or scalar expression, so that the text Hibernate writes
 * ({@code status in ('NEW','PAID')}, {@code price>=0}) and the text the catalog returns
 * ({@code status::text = ANY (ARRAY['NEW'::character varying, ...]::text[])}, {@code price >= 0::numeric})
 * come out the same. Steps, in order, on a token list:
 * <ol>
 *   <li>words outside quotes are lower-cased; a quoted identifier that would read back unquoted loses its quotes;</li>
 *   <li>casts {@code ::type} are dropped; a quoted number cast to a numeric type becomes the bare number;</li>
 *   <li>{@code !=} becomes {@code <>}, {@code ~~} becomes {@code like}, {@code !~~} {@code not like};</li>
 *   <li>{@code x = ANY (ARRAY[a, b])} becomes {@code x in (a, b)}, {@code x <> ALL (ARRAY[...])} {@code x not in (...)};</li>
 *   <li>{@code x between a and b} (simple operands) becomes {@code x >= a and x <= b}, as PostgreSQL stores it;</li>
 *   <li>parentheses that change nothing are dropped (around one token, around the whole text, and around an
 *       operand of {@code and}/{@code or} when precedence makes them redundant);</li>
 *   <li>whitespace is dropped, except one space between two words, numbers or quoted tokens.</li>
 * </ol>
 */
final class PostgresExpressions {

    enum Kind { WORD, QUOTED_IDENT, STRING, NUMBER, OP, PUNCT }

    record Token(Kind kind, String text) {
        boolean is(String s) {
            return (kind == Kind.WORD || kind == Kind.OP || kind == Kind.PUNCT) && text.equals(s);
        }

        boolean operand() {
            return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.QUOTED_IDENT
                    || (kind == Kind.WORD && !NOT_OPERANDS.contains(text));
        }
    }

    /** Words that are operators or syntax, never a value or column. */
    private static final Set<String> NOT_OPERANDS = Set.of("and", "or", "not", "between", "in", "is", "like",
            "ilike", "when", "then", "else", "case", "end", "any", "all", "array", "some");
    /** Words that may continue a type name after {@code ::}. */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");
    private static final Set<String> NUMERIC_TYPES = Set.of("integer", "int", "int2", "int4", "int8", "bigint",
            "smallint", "numeric", "decimal", "real", "double", "float4", "float8", "float");
    private static final String OP_CHARS = "+-*/<>=~!@#%^&|`?";

    private PostgresExpressions() {
    }

    static String canonical(String sql) {
        if (sql == null) {
            return null;
        }
        List<Token> t = tokens(sql);
        dropCasts(t);
        mapOperators(t);
        anyArrayToIn(t);
        betweenToComparisons(t);
        dropParentheses(t);
        return join(t);
    }

    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                StringBuilder b = new StringBuilder();
                while (j < n) {
                    if (s.charAt(j) == c) {
                        if (j + 1 < n && s.charAt(j + 1) == c) {
                            b.append(c);
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    b.append(s.charAt(j++));
                }
                i = Math.min(j + 1, n);
                out.add(c == '\'' ? new Token(Kind.STRING, b.toString()) : quotedIdentifier(b.toString()));
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int j = i;
                while (j < n && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
                    j++;
                    if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                        j++;
                    }
                    while (j < n && Character.isDigit(s.charAt(j))) {
                        j++;
                    }
                }
                addNumber(out, s.substring(i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '$')) {
                    j++;
                }
                out.add(new Token(Kind.WORD, s.substring(i, j).toLowerCase(Locale.ROOT)));
                i = j;
            } else if (c == ':' && i + 1 < n && s.charAt(i + 1) == ':') {
                out.add(new Token(Kind.OP, "::"));
                i += 2;
            } else if (OP_CHARS.indexOf(c) >= 0) {
                int j = i;
                while (j < n && OP_CHARS.indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                String op = s.substring(i, j);
                // PostgreSQL's lexer: a multi-character operator ends in + or - only if it contains ~!@#%^&|`?
                while (op.length() > 1 && (op.endsWith("+") || op.endsWith("-")) && !op.matches(".*[~!@#%^&|`?].*")) {
                    op = op.substring(0, op.length() - 1);
                }
                out.add(new Token(Kind.OP, op));
                i += op.length();
            } else {
                out.add(new Token(Kind.PUNCT, String.valueOf(c)));
                i++;
            }
        }
        return out;
    }

    /** A number; a minus directly before it becomes its sign when the minus cannot be a binary operator. */
    private static void addNumber(List<Token> out, String number) {
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).is("-") && (last == 0 || !(out.get(last - 1).operand()
                || out.get(last - 1).is(")") || out.get(last - 1).is("]")))) {
            out.remove(last);
            number = "-" + number;
        }
        out.add(new Token(Kind.NUMBER, number));
    }

    private static Token quotedIdentifier(String name) {
        String bare = PostgresSyntax.quote(name);
        return bare.equals(name) ? new Token(Kind.WORD, name) : new Token(Kind.QUOTED_IDENT, bare);
    }

    private static void dropCasts(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).is("::")) {
                continue;
            }
            int j = i + 1;
            String typeName = j < t.size() ? t.get(j).text() : "";
            if (j < t.size()) {
                j++;
            }
            while (j + 1 < t.size() && t.get(j).is(".")) {
                typeName = t.get(j + 1).text();
                j += 2;
            }
            while (j < t.size() && t.get(j).kind() == Kind.WORD && TYPE_WORDS.contains(t.get(j).text())) {
                j++;
            }
            if (j < t.size() && t.get(j).is("(")) {
                j = closing(t, j) + 1;
            }
            while (j < t.size() && t.get(j).is("[")) {
                j = closing(t, j) + 1;
            }
            t.subList(i, Math.min(j, t.size())).clear();
            if (i > 0 && t.get(i - 1).kind() == Kind.STRING && NUMERIC_TYPES.contains(typeName)
                    && t.get(i - 1).text().matches("-?\\d+(\\.\\d+)?")) {
                t.set(i - 1, new Token(Kind.NUMBER, t.get(i - 1).text()));
            }
            i--;
        }
    }

    private static void mapOperators(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token k = t.get(i);
            if (k.kind() != Kind.OP) {
                continue;
            }
            switch (k.text()) {
                case "!=" -> t.set(i, new Token(Kind.OP, "<>"));
                case "~~" -> t.set(i, new Token(Kind.WORD, "like"));
                case "~~*" -> t.set(i, new Token(Kind.WORD, "ilike"));
                case "!~~" -> {
                    t.set(i, new Token(Kind.WORD, "like"));
                    t.add(i, new Token(Kind.WORD, "not"));
                }
                default -> {
                }
            }
        }
    }

    private static void anyArrayToIn(List<Token> t) {
        for (int i = 0; i + 2 < t.size(); i++) {
            boolean any = t.get(i).is("=") && t.get(i + 1).is("any");
            boolean all = t.get(i).is("<>") && t.get(i + 1).is("all");
            if (!(any || all) || !t.get(i + 2).is("(")) {
                continue;
            }
            int outerClose = closing(t, i + 2);
            int j = i + 3;
            while (j < outerClose && t.get(j).is("(")) {
                j++;
            }
            if (j + 1 >= outerClose || !t.get(j).is("array") || !t.get(j + 1).is("[")) {
                continue;
            }
            int close = closing(t, j + 1);
            for (int k = close + 1; k < outerClose; k++) {
                if (!t.get(k).is(")")) {
                    close = -1;
                }
            }
            if (close < 0) {
                continue;
            }
            List<Token> replacement = new ArrayList<>();
            if (all) {
                replacement.add(new Token(Kind.WORD, "not"));
            }
            replacement.add(new Token(Kind.WORD, "in"));
            replacement.add(new Token(Kind.PUNCT, "("));
            replacement.addAll(t.subList(j + 2, close));
            replacement.add(new Token(Kind.PUNCT, ")"));
            t.subList(i, outerClose + 1).clear();
            t.addAll(i, replacement);
        }
    }

    private static void betweenToComparisons(List<Token> t) {
        for (int i = 1; i + 3 < t.size(); i++) {
            if (!t.get(i).is("between") || !t.get(i + 2).is("and") || !t.get(i - 1).operand()
                    || !t.get(i + 1).operand() || !t.get(i + 3).operand()
                    || !boundary(i - 2 >= 0 ? t.get(i - 2) : null, true)
                    || !boundary(i + 4 < t.size() ? t.get(i + 4) : null, false)) {
                continue;
            }
            Token x = t.get(i - 1);
            List<Token> replacement = List.of(x, new Token(Kind.OP, ">="), t.get(i + 1), new Token(Kind.WORD, "and"),
                    x, new Token(Kind.OP, "<="), t.get(i + 3));
            t.subList(i - 1, i + 4).clear();
            t.addAll(i - 1, replacement);
        }
    }

    private static boolean boundary(Token k, boolean left) {
        return k == null || k.is(",") || k.is("and") || k.is("or") || (left ? k.is("(") || k.is("not") : k.is(")"));
    }

    private static void dropParentheses(List<Token> t) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).is("(") && redundant(t, i, closing(t, i))) {
                    int j = closing(t, i);
                    t.remove(j);
                    t.remove(i);
                    changed = true;
                }
            }
        }
    }

    private static boolean redundant(List<Token> t, int open, int close) {
        if (close >= t.size() || close == open + 1) {
            return false;
        }
        Token before = open > 0 ? t.get(open - 1) : null;
        Token after = close + 1 < t.size() ? t.get(close + 1) : null;
        if (before != null && (before.kind() == Kind.WORD && !Set.of("and", "or", "not", "when", "then", "else")
                .contains(before.text()) || before.kind() == Kind.QUOTED_IDENT || before.is("]"))) {
            return false; // a function call, IN list or subscript
        }
        if (close == open + 2) {
            return true; // one token
        }
        String level = "term";
        for (int k = open + 1, depth = 0; k < close; k++) {
            Token x = t.get(k);
            if (x.is("(") || x.is("[")) {
                depth++;
            } else if (x.is(")") || x.is("]")) {
                depth--;
            } else if (depth == 0 && x.is(",")) {
                return false; // a row constructor
            } else if (depth == 0 && x.is("or")) {
                level = "or";
            } else if (depth == 0 && x.is("and") && !level.equals("or")) {
                level = "and";
            }
        }
        return fits(before, level, true) && fits(after, level, false);
    }

    private static boolean fits(Token side, String level, boolean left) {
        if (side == null || side.is(",") || side.is("or") || (left ? side.is("(") || side.is("when")
                || side.is("then") || side.is("else") : side.is(")") || side.is("then") || side.is("else")
                || side.is("end"))) {
            return true;
        }
        return side.is("and") && !level.equals("or");
    }

    private static int closing(List<Token> t, int open) {
        String o = t.get(open).text();
        String c = o.equals("(") ? ")" : "]";
        int depth = 0;
        for (int k = open; k < t.size(); k++) {
            if (t.get(k).is(o)) {
                depth++;
            } else if (t.get(k).is(c) && --depth == 0) {
                return k;
            }
        }
        return t.size();
    }

    private static String join(List<Token> t) {
        StringBuilder b = new StringBuilder();
        Token prev = null;
        for (Token k : t) {
            if (prev != null && spaced(prev) && spaced(k)) {
                b.append(' ');
            }
            b.append(switch (k.kind()) {
                case STRING -> PostgresSyntax.string(k.text());
                default -> k.text();
            });
            prev = k;
        }
        return b.toString();
    }

    private static boolean spaced(Token k) {
        return k.kind() != Kind.OP && k.kind() != Kind.PUNCT;
    }
}
