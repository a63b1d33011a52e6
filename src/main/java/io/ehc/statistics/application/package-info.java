@NullMarked
package io.ehc.statistics.application;

import org.jspecify.annotations.NullMarked;
