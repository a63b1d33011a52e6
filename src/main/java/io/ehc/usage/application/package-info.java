@NullMarked
package io.ehc.usage.application;

import org.jspecify.annotations.NullMarked;
