/** EHC Platform: the regional resident electronic health card platform. Modules are the sub-packages. */
@NullMarked
package io.ehc;

import org.jspecify.annotations.NullMarked;
