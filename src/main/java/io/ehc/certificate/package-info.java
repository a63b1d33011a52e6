/**
 * 外国健康证书: decodes foreign health certificates a terminal scans (SMART Health Cards {@code shc:/…} and EU Digital
 * COVID Certificates {@code HC1:…}, DOMAIN.md §6) and checks their signatures against the platform's trust store of
 * issuer keys, which administrators maintain. Answers through {@link io.ehc.certificate.HealthCertificates}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
@NullMarked
package io.ehc.certificate;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
