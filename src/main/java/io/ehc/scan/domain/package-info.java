@NullMarked
package io.ehc.scan.domain;

import org.jspecify.annotations.NullMarked;
