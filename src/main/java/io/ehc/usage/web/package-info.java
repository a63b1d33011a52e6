@NullMarked
package io.ehc.usage.web;

import org.jspecify.annotations.NullMarked;
