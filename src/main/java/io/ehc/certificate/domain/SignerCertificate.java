package io.ehc.certificate.domain;

import io.ehc.shared.error.InvalidInput;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.jspecify.annotations.Nullable;

/**
 * An EU DCC document signer certificate (DSC). Its key ID is the first 8 bytes of the SHA-256 of the certificate's
 * DER encoding (eHealth Network, "Technical Specifications for Digital Green Certificates", vol. 1 §3.3.1), written
 * as standard base64 like the EU gateway's trust list; its country is the subject's {@code C} attribute.
 *
 * @param certificate the parsed certificate
 * @param keyId the DCC key ID
 * @param country the subject's country, if it names one
 */
public record SignerCertificate(
        X509Certificate certificate, String keyId, @Nullable String country) {
    public static final int MAX_TEXT = 16 * 1024;

    /** A PEM certificate ({@code -----BEGIN CERTIFICATE-----}) or the bare base64 of its DER. */
    public static SignerCertificate parse(String text) {
        if (text.length() > MAX_TEXT) throw new InvalidInput("certificate", "is longer than 16 KiB");
        String t = text.strip();
        byte[] der;
        if (t.startsWith("-----BEGIN CERTIFICATE-----")) {
            int end = t.indexOf("-----END CERTIFICATE-----");
            if (end < 0) throw new InvalidInput("certificate", "the PEM block has no END CERTIFICATE line");
            der = base64(t.substring("-----BEGIN CERTIFICATE-----".length(), end));
        } else der = base64(t);
        X509Certificate certificate;
        try {
            certificate = (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw new InvalidInput("certificate", "is not an X.509 certificate");
        }
        if (!Keys.acceptable(certificate.getPublicKey()))
            throw new InvalidInput(
                    "certificate", "the key must be EC P-256 (ES256) or RSA of 2048 bits or more (PS256)");
        return new SignerCertificate(certificate, keyId(der), country(certificate.getSubjectX500Principal()));
    }

    /** Standard base64 of the first 8 bytes of SHA-256 over the DER certificate. */
    public static String keyId(byte[] der) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(der);
            return Base64.getEncoder().encodeToString(Arrays.copyOf(hash, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base64(String body) {
        try {
            return Base64.getDecoder().decode(body.replaceAll("\\s", "").getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("certificate", "is neither PEM nor base64 DER");
        }
    }

    private static @Nullable String country(X500Principal subject) {
        try {
            for (Rdn rdn : new LdapName(subject.getName(X500Principal.RFC2253)).getRdns())
                if (rdn.getType().equalsIgnoreCase("C"))
                    return String.valueOf(rdn.getValue()).toUpperCase(Locale.ROOT);
        } catch (InvalidNameException e) {
            return null;
        }
        return null;
    }
}
