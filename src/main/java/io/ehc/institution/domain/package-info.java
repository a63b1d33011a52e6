@NullMarked
package io.ehc.institution.domain;

import org.jspecify.annotations.NullMarked;
