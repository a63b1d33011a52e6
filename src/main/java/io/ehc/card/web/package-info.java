@NullMarked
package io.ehc.card.web;

import org.jspecify.annotations.NullMarked;
