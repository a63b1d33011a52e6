@NullMarked
package io.ehc.shared.jdbc;

import org.jspecify.annotations.NullMarked;
