@NullMarked
package io.ehc.identity.application;

import org.jspecify.annotations.NullMarked;
