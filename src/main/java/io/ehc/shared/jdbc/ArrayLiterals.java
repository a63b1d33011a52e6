package io.ehc.shared.jdbc;

/**
 * PostgreSQL array literals ({@code {"a","b",NULL}}) built from values in their text form: how the group-commit
 * writer passes a batch's rows and counter keys as one parameter per column.
 */
public final class ArrayLiterals {
    private ArrayLiterals() {}

    /** One value as an array element: {@code NULL}, or its text form quoted, with quotes and backslashes escaped. */
    public static String element(Object value) {
        if (value == null) return "NULL";
        String s;
        if (value instanceof Boolean b) s = b ? "t" : "f";
        else if (value instanceof java.sql.Timestamp t) s = t.toInstant().toString();
        else s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\');
            out.append(c);
        }
        return out.append('"').toString();
    }

    /** The elements of one row, in column order. */
    public static String[] elements(Object[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) out[i] = element(values[i]);
        return out;
    }

    /** An array of elements made by {@link #element}. */
    static String of(Iterable<String> elements, int sizeHint) {
        StringBuilder b = new StringBuilder(sizeHint + 2).append('{');
        boolean first = true;
        for (String e : elements) {
            if (!first) b.append(',');
            b.append(e);
            first = false;
        }
        return b.append('}').toString();
    }
}
