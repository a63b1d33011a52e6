@NullMarked
package io.ehc.shared.web;

import org.jspecify.annotations.NullMarked;
