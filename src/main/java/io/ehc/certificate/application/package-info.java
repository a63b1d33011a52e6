@NullMarked
package io.ehc.certificate.application;

import org.jspecify.annotations.NullMarked;
