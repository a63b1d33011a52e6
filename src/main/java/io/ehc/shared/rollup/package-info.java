/**
 * Time buckets of the statistics rollups: hourly, daily and monthly tiers in the node's time zone, and the plan that
 * covers a period of whole days with the coarsest tiers that answer it exactly.
 */
@NullMarked
package io.ehc.shared.rollup;

import org.jspecify.annotations.NullMarked;
