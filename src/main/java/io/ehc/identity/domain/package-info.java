@NullMarked
package io.ehc.identity.domain;

import org.jspecify.annotations.NullMarked;
