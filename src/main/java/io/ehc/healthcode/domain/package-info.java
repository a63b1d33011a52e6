@NullMarked
package io.ehc.healthcode.domain;

import org.jspecify.annotations.NullMarked;
