@NullMarked
package io.ehc.scan.application;

import org.jspecify.annotations.NullMarked;
