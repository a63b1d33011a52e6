package io.ehc.certificate.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The subset of CBOR (RFC 8949) that COSE (RFC 9052), CWT (RFC 8392) and the EU DCC use, read strictly: one item and
 * nothing after it, at most {@value #MAX_DEPTH} levels, integers within a Java {@code long}, map keys that are
 * integers or text and never repeated, text that is valid UTF-8, lengths that fit in the input. Indefinite-length
 * strings, arrays and maps are accepted. Items become Java values: {@link Long}, {@code byte[]}, {@link String},
 * {@link List}, {@link Map} (in encoding order), {@link Boolean}, {@code null} (null and undefined), {@link Double} and
 * {@link Tagged}. Malformed input is refused with {@link IllegalArgumentException}.
 */
public final class Cbor {
    public static final int MAX_DEPTH = 16;

    /** A tagged item (major type 6), such as COSE_Sign1 (18) or CWT (61). */
    public record Tagged(long tag, @Nullable Object value) {}

    private static final Object BREAK = new Object();
    private final byte[] in;
    private int pos;

    private Cbor(byte[] in) {
        this.in = in;
    }

    /** Reads exactly one item; trailing bytes are an error. */
    public static @Nullable Object decode(byte[] data) {
        Cbor reader = new Cbor(data);
        Object item = reader.item(0);
        if (item == BREAK) throw malformed("a break code outside an indefinite-length item");
        if (reader.pos != data.length)
            throw malformed((data.length - reader.pos) + " bytes follow the end of the CBOR item");
        return item;
    }

    private @Nullable Object item(int depth) {
        if (depth > MAX_DEPTH) throw malformed("items are nested deeper than " + MAX_DEPTH + " levels");
        int initial = next();
        int major = initial >>> 5;
        int info = initial & 0x1f;
        if (major == 7) return simple(info);
        if (info == 31) return indefinite(major, depth);
        long arg = argument(info);
        switch (major) {
            case 0:
                return nonNegative(arg);
            case 1:
                return -1 - nonNegative(arg);
            case 2:
                return bytes(arg);
            case 3:
                return text(bytes(arg));
            case 4: {
                int n = count(arg, 1);
                List<@Nullable Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) list.add(value(depth));
                return list;
            }
            case 5: {
                int n = count(arg, 2);
                Map<Object, @Nullable Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) put(map, value(depth), value(depth));
                return map;
            }
            default:
                return new Tagged(nonNegative(arg), value(depth));
        }
    }

    private @Nullable Object value(int depth) {
        Object v = item(depth + 1);
        if (v == BREAK) throw malformed("a break code outside an indefinite-length item");
        return v;
    }

    private Object indefinite(int major, int depth) {
        switch (major) {
            case 2:
            case 3: {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                while (true) {
                    if (peek() == 0xff) {
                        pos++;
                        break;
                    }
                    int initial = next();
                    if (initial >>> 5 != major || (initial & 0x1f) == 31)
                        throw malformed("an indefinite-length string holds a chunk of another type");
                    byte[] chunk = bytes(argument(initial & 0x1f));
                    if (major == 3) text(chunk);
                    chunks.writeBytes(chunk);
                }
                return major == 2 ? chunks.toByteArray() : text(chunks.toByteArray());
            }
            case 4: {
                List<@Nullable Object> list = new ArrayList<>();
                while (true) {
                    Object v = item(depth + 1);
                    if (v == BREAK) return list;
                    list.add(v);
                }
            }
            case 5: {
                Map<Object, @Nullable Object> map = new LinkedHashMap<>();
                while (true) {
                    Object k = item(depth + 1);
                    if (k == BREAK) return map;
                    put(map, k, value(depth));
                }
            }
            default:
                throw malformed("major type " + major + " cannot have an indefinite length");
        }
    }

    private @Nullable Object simple(int info) {
        switch (info) {
            case 20:
                return Boolean.FALSE;
            case 21:
                return Boolean.TRUE;
            case 22:
            case 23:
                return null;
            case 25:
                return halfFloat((int) read(2));
            case 26:
                return (double) Float.intBitsToFloat((int) read(4));
            case 27:
                return Double.longBitsToDouble(read(8));
            case 31:
                return BREAK;
            default:
                throw malformed("simple value " + info + " is not supported");
        }
    }

    private static double halfFloat(int half) {
        int exp = (half >> 10) & 0x1f;
        int mant = half & 0x3ff;
        double val;
        if (exp == 0) val = Math.scalb((double) mant, -24);
        else if (exp != 31) val = Math.scalb((double) (mant + 1024), exp - 25);
        else val = mant == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        return (half & 0x8000) != 0 ? -val : val;
    }

    private static void put(Map<Object, @Nullable Object> map, @Nullable Object key, @Nullable Object value) {
        if (!(key instanceof Long) && !(key instanceof String))
            throw malformed("a map key is neither an integer nor text");
        if (map.containsKey(key)) throw malformed("a map repeats a key");
        map.put(key, value);
    }

    private long argument(int info) {
        if (info < 24) return info;
        switch (info) {
            case 24:
                return read(1);
            case 25:
                return read(2);
            case 26:
                return read(4);
            case 27:
                return read(8);
            default:
                throw malformed("reserved additional information " + info);
        }
    }

    private static long nonNegative(long arg) {
        if (arg < 0) throw malformed("an integer does not fit in 64 signed bits");
        return arg;
    }

    /** A count of items, each at least {@code minBytes} long, that the remaining input can hold. */
    private int count(long arg, int minBytes) {
        if (arg < 0 || arg > (long) (in.length - pos) / minBytes)
            throw malformed("a length is larger than the remaining input");
        return (int) arg;
    }

    private byte[] bytes(long length) {
        int n = count(length, 1);
        byte[] out = Arrays.copyOfRange(in, pos, pos + n);
        pos += n;
        return out;
    }

    private static String text(byte[] utf8) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed("a text string is not valid UTF-8");
        }
    }

    private long read(int n) {
        if (in.length - pos < n) throw malformed("the input ends inside an item");
        long v = 0;
        for (int i = 0; i < n; i++) v = (v << 8) | (in[pos++] & 0xff);
        return v;
    }

    private int next() {
        if (pos >= in.length) throw malformed("the input ends inside an item");
        return in[pos++] & 0xff;
    }

    private int peek() {
        if (pos >= in.length) throw malformed("the input ends inside an item");
        return in[pos] & 0xff;
    }

    private static IllegalArgumentException malformed(String why) {
        return new IllegalArgumentException("malformed CBOR: " + why);
    }

    /**
     * Encodes a value in the definite-length form with the shortest arguments (the preferred serialization of RFC 8949
     * §4.1): {@link Integer}, {@link Long}, {@code byte[]}, {@link String}, {@link List}, {@link Map} (in its iteration
     * order), {@link Boolean}, {@code null}, {@link Double} (as 64 bits) and {@link Tagged}.
     */
    public static byte[] encode(@Nullable Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, @Nullable Object value) {
        if (value == null) out.write(0xf6);
        else if (value instanceof Boolean b) out.write(b ? 0xf5 : 0xf4);
        else if (value instanceof Integer || value instanceof Long) {
            long v = ((Number) value).longValue();
            if (v >= 0) head(out, 0, v);
            else head(out, 1, -1 - v);
        } else if (value instanceof byte[] b) {
            head(out, 2, b.length);
            out.writeBytes(b);
        } else if (value instanceof String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            head(out, 3, b.length);
            out.writeBytes(b);
        } else if (value instanceof List<?> list) {
            head(out, 4, list.size());
            for (Object o : list) write(out, o);
        } else if (value instanceof Map<?, ?> map) {
            head(out, 5, map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey());
                write(out, e.getValue());
            }
        } else if (value instanceof Tagged t) {
            head(out, 6, t.tag());
            write(out, t.value());
        } else if (value instanceof Double d) {
            out.write(0xfb);
            long bits = Double.doubleToLongBits(d);
            for (int i = 7; i >= 0; i--) out.write((int) (bits >>> (8 * i)));
        } else
            throw new IllegalArgumentException(
                    "cannot encode a " + value.getClass().getSimpleName());
    }

    private static void head(ByteArrayOutputStream out, int major, long arg) {
        int m = major << 5;
        if (arg < 24) out.write(m | (int) arg);
        else if (arg < 0x100) {
            out.write(m | 24);
            out.write((int) arg);
        } else if (arg < 0x10000) {
            out.write(m | 25);
            out.write((int) (arg >> 8));
            out.write((int) arg);
        } else if (arg < 0x100000000L) {
            out.write(m | 26);
            for (int i = 3; i >= 0; i--) out.write((int) (arg >>> (8 * i)));
        } else {
            out.write(m | 27);
            for (int i = 7; i >= 0; i--) out.write((int) (arg >>> (8 * i)));
        }
    }
}
