package io.ehc.certificate;

/** Decodes foreign health certificates and checks their signatures against the trust store. */
public interface HealthCertificates {
    /**
     * Decodes a scanned SMART Health Card ("shc:/...") or EU DCC ("HC1:..."); never throws for a bad signature, only
     * for undecodable input ({@link io.ehc.shared.error.InvalidInput} with a clear message, code "3001"). Text longer
     * than 8 KiB, payloads that inflate beyond 64 KiB and multi-chunk SMART Health Cards ({@code shc:/1/2/...}) are
     * refused the same way.
     */
    DecodedCertificate decode(String scannedText);
}
