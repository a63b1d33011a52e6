/** The use cases of staff accounts: administration and sign-in; open to the demo loader. */
@NamedInterface("application")
@NullMarked
package io.ehc.account.application;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
