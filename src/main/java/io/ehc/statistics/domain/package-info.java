@NullMarked
package io.ehc.statistics.domain;

import org.jspecify.annotations.NullMarked;
