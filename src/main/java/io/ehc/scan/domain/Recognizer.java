package io.ehc.scan.domain;

import org.jspecify.annotations.Nullable;

/**
 * 识别器: recognises one kind of code from a normalised text. A recogniser looks at the shape only (prefix, length,
 * check digits); whether the code is valid (decrypts, not expired, known to the insurer) is for the service it is
 * routed to. A new kind joins the {@link Recognizers registry} with its own recogniser and touches no other.
 */
public interface Recognizer {
    CodeKind kind();

    /**
     * The variant of this kind the text is (an empty string when the kind has no variants), or {@code null} when the
     * text is not of this kind. Never throws, whatever the text.
     */
    @Nullable
    String recognise(String text, ScanContext context);
}
