package io.ehc.certificate.domain;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Bounded decompression: a payload that inflates beyond the limit is refused before it is held in memory (zip
 * bombs), as is a stream that is truncated or followed by other bytes.
 */
final class Inflation {
    private Inflation() {}

    /** zlib (RFC 1950), as the EU DCC compresses its COSE message. */
    static byte[] zlib(byte[] data, int limit) {
        return inflate(data, false, limit);
    }

    /** Raw DEFLATE (RFC 1951) without a zlib header, as a SMART Health Card's {@code "zip":"DEF"} payload. */
    static byte[] raw(byte[] data, int limit) {
        return inflate(data, true, limit);
    }

    private static byte[] inflate(byte[] data, boolean raw, int limit) {
        String what = raw ? "DEFLATE" : "zlib";
        Inflater inflater = new Inflater(raw);
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, data.length * 4 + 64));
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0) {
                    if (inflater.finished()) break;
                    if (inflater.needsDictionary())
                        throw new IllegalArgumentException("the " + what + " stream needs a preset dictionary");
                    throw new IllegalArgumentException("the " + what + " stream is truncated");
                }
                if (out.size() + n > limit)
                    throw new IllegalArgumentException(
                            "the payload inflates to more than " + limit / 1024 + " KiB and is refused");
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() > 0)
                throw new IllegalArgumentException("bytes follow the end of the " + what + " stream");
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("the payload is not valid " + what + " data");
        } finally {
            inflater.end();
        }
    }
}
