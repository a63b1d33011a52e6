@NullMarked
package io.ehc.identity.web;

import org.jspecify.annotations.NullMarked;
