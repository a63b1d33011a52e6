@NullMarked
package io.ehc.certificate.domain;

import org.jspecify.annotations.NullMarked;
