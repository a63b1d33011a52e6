@NullMarked
package io.ehc.statistics.web;

import org.jspecify.annotations.NullMarked;
