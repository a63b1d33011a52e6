/**
 * 统计: the figures health commissions publish (cards and coverage, card uses, code displays, institution and service
 * adoption), read from the rollups the usage, card and healthcode modules keep exact in their own transactions,
 * with JSON and CSV export. Owns the population table and the mapping of recorded uses to services.
 */
@ApplicationModule(allowedDependencies = {"shared", "usage", "card", "healthcode", "institution", "account"})
@NullMarked
package io.ehc.statistics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
