@NullMarked
package io.ehc.counter.application;

import org.jspecify.annotations.NullMarked;
