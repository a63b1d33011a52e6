@NullMarked
package io.ehc.scan.web;

import org.jspecify.annotations.NullMarked;
