@NullMarked
package io.ehc.healthcode.web;

import org.jspecify.annotations.NullMarked;
