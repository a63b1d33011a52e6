@NullMarked
package io.ehc.counter.web;

import org.jspecify.annotations.NullMarked;
