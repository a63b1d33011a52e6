@NullMarked
package io.ehc.account.infrastructure;

import org.jspecify.annotations.NullMarked;
