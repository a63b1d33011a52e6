@NullMarked
package io.ehc.institution.web;

import org.jspecify.annotations.NullMarked;
