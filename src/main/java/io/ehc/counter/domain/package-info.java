@NullMarked
package io.ehc.counter.domain;

import org.jspecify.annotations.NullMarked;
