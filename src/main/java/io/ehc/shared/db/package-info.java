@NullMarked
package io.ehc.shared.db;

import org.jspecify.annotations.NullMarked;
