@NullMarked
package io.ehc.account.web;

import org.jspecify.annotations.NullMarked;
