@NullMarked
package io.ehc.certificate.infrastructure;

import org.jspecify.annotations.NullMarked;
