@NullMarked
package io.ehc.insurance.domain;

import org.jspecify.annotations.NullMarked;
