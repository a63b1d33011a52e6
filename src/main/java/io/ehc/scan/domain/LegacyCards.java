package io.ehc.scan.domain;

import java.time.Instant;
import java.util.Optional;

/** 就诊卡对照: the cross-reference of institutions' legacy patient card numbers to EHC IDs, and their patterns. */
public interface LegacyCards {
    /** The EHC ID currently bound to this legacy card number at this institution. */
    Optional<String> boundCard(String institutionCode, String legacyId);

    /** Binds; false if the number is already bound (to any card) at this institution. */
    boolean bind(String institutionCode, String legacyId, String ehcId, Instant at, String by);

    /** Closes the current binding; false if there was none. */
    boolean unbind(String institutionCode, String legacyId, Instant at, String by);

    Optional<LegacyCardScheme> scheme(String institutionCode);

    void saveScheme(LegacyCardScheme scheme, Instant at, String by);
}
