package io.ehc.certificate;

/** The formats of foreign health certificates the platform reads. */
public enum CertificateKind {
    /** SMART Health Card: a compact JWS (ES256, deflated FHIR bundle) in a {@code shc:/} numeric QR code. */
    SMART_HEALTH_CARD,
    /** EU Digital COVID Certificate: {@code HC1:} + base45 of a zlib-compressed COSE_Sign1 CWT. */
    EU_DCC
}
