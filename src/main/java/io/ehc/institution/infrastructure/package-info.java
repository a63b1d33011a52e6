@NullMarked
package io.ehc.institution.infrastructure;

import org.jspecify.annotations.NullMarked;
