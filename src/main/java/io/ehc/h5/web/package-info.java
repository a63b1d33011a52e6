@NullMarked
package io.ehc.h5.web;

import org.jspecify.annotations.NullMarked;
