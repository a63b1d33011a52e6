package io.ehc.scan.domain;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What recognition may depend on besides the text: the purpose of the scan and the pattern of the scanning
 * institution's legacy patient card numbers, if it registered one.
 */
public record ScanContext(ScanPurpose purpose, @Nullable Pattern legacyCardPattern) {
    public static ScanContext of(ScanPurpose purpose) {
        return new ScanContext(purpose, null);
    }
}
