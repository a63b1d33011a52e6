/**
 * Command-line entry points of the identity module: {@code --import-residents=PATH} imports a residents CSV and
 * exits. Prints counts only, never personal data.
 */
@NullMarked
package io.ehc.identity.cli;

import org.jspecify.annotations.NullMarked;
