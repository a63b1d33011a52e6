@NullMarked
package io.ehc.insurance.application;

import org.jspecify.annotations.NullMarked;
