package dev.autogen.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * An SQL type split into its name and bracketed arguments: {@code timestamp(6) with time zone} is
 * {@code ("timestamp with time zone", ["6"])}, {@code enum('a','b')} is {@code ("enum", ["'a'", "'b'"])}.
 * Type normalisers parse with it, map the name to its canonical spelling and render back.
 */
public record TypeShape(String name, List<String> args) {
    public TypeShape {
        args = List.copyOf(args);
    }

    /** Parses a type; the text is first made canonical by {@link SqlExpressions#canonical}. */
    public static TypeShape parse(String sqlType) {
        String s = SqlExpressions.canonical(sqlType);
        int open = s.indexOf('(');
        if (open < 0) {
            return new TypeShape(s, List.of());
        }
        int close = SqlExpressions.closingBracket(s, open);
        if (close < 0) {
            return new TypeShape(s, List.of());
        }
        String name = (s.substring(0, open).strip() + " " + s.substring(close + 1).strip()).strip();
        return new TypeShape(name, splitArgs(s.substring(open + 1, close)));
    }

    /** The same type with another name and arguments. */
    public TypeShape with(String newName, List<String> newArgs) {
        return new TypeShape(newName, newArgs);
    }

    /** The argument at {@code index} as a long, or {@code fallback} when absent or not a number. */
    public long arg(int index, long fallback) {
        if (index >= args.size()) {
            return fallback;
        }
        try {
            return Long.parseLong(args.get(index).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Renders {@code name(args)}, the arguments after the name's first word: canonical names that take
     * arguments are one word, optionally followed by a phrase ({@code timestamp(6) with time zone},
     * {@code decimal(10,2) unsigned}).
     */
    public String render() {
        if (args.isEmpty()) {
            return name;
        }
        int space = name.indexOf(' ');
        String head = space < 0 ? name : name.substring(0, space);
        String tail = space < 0 ? "" : name.substring(space);
        return head + "(" + String.join(",", args) + ")" + tail;
    }

    private static List<String> splitArgs(String inner) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')') {
                depth--;
            } else if (!inString && depth == 0 && c == ',') {
                parts.add(inner.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(inner.substring(start).strip());
        return parts;
    }
}
