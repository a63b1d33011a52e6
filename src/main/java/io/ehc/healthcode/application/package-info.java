@NullMarked
package io.ehc.healthcode.application;

import org.jspecify.annotations.NullMarked;
