@NullMarked
package io.ehc.h5.domain;

import org.jspecify.annotations.NullMarked;
