@NullMarked
package io.ehc.usage.domain;

import org.jspecify.annotations.NullMarked;
