@NullMarked
package io.ehc.h5.application;

import org.jspecify.annotations.NullMarked;
