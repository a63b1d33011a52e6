/**
 * Shared kernel: value types every module speaks (region codes, masking), SM2/SM3/SM4 primitives and the versioned
 * key ring, the problem+json error contract, request-body guards, the group-commit writer and the embedded
 * PostgreSQL used when no external database is configured. Depends on nothing else in the platform.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package io.ehc.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
