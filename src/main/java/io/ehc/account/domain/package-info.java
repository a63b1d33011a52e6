@NullMarked
package io.ehc.account.domain;

import org.jspecify.annotations.NullMarked;
