/**
 * Outside parties, simulated: the payment channels (WeChat Pay, Alipay, UnionPay) and the medical insurance
 * e-voucher service (医保电子凭证), each served over HTTP on loopback by {@link io.ehc.simulator.SimulatorServer} with
 * its own state, held in memory. Depends on no other module and nothing depends on it: the platform reaches it only
 * over HTTP, exactly as it reaches a real provider.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package io.ehc.simulator;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
