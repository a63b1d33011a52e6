package io.ehc.healthcode;

/** QR images of code texts (error correction level H, DOMAIN.md §4), for pages that show a resident's codes. */
public interface CodeImages {
    /** A standalone SVG document of the text's QR code, with a quiet zone. */
    String svg(String text);
}
