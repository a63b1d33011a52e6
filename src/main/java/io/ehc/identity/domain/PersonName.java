package io.ehc.identity.domain;

import io.ehc.shared.error.InvalidInput;
import java.text.Normalizer;

/**
 * A person's name: 1 to 50 characters of real text. Letters of any script, the middle dot of minority and
 * transliterated names ({@code ·}), and single spaces, hyphens, apostrophes and periods between letters.
 */
public record PersonName(String value) {
    public PersonName {
        if (value == null) throw InvalidInput.missing("name");
        value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        String problem = problemWith(value);
        if (problem != null) throw new InvalidInput("name", problem);
    }

    private static String problemWith(String v) {
        if (v.isEmpty()) return "is required";
        int count = v.codePointCount(0, v.length());
        if (count > 50) return "must be at most 50 characters";
        boolean previousSeparator = true;
        boolean anyLetter = false;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                anyLetter = true;
                previousSeparator = false;
            } else if (cp == '·' || cp == '•' || cp == ' ' || cp == '-' || cp == '\'' || cp == '.') {
                if (previousSeparator && cp != '.') return "separators must stand between letters";
                previousSeparator = cp != '.';
            } else {
                return "may contain only letters and the separators · - ' . and space";
            }
        }
        if (!anyLetter) return "must contain letters";
        if (previousSeparator) return "must not end with a separator";
        return null;
    }

    @Override
    public String toString() {
        return io.ehc.shared.privacy.Mask.name(value);
    }
}
