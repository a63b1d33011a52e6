@NullMarked
package io.ehc.certificate.web;

import org.jspecify.annotations.NullMarked;
