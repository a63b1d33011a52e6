package io.ehc.certificate;

import io.ehc.certificate.domain.Base45;
import io.ehc.certificate.domain.Cbor;
import io.ehc.certificate.domain.Jwk;
import io.ehc.certificate.domain.ShcNumeric;
import io.ehc.certificate.domain.SignerCertificate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds real, signed foreign health certificates for tests (this module's and the scan module's): SMART Health
 * Cards (ES256 compact JWS, raw DEFLATE, {@code shc:/} numeric) and EU DCCs (COSE_Sign1 signed ES256 or PS256, zlib,
 * base45, {@code HC1:}), with the keys, JWKs and document signer certificates to trust them. The high-level methods
 * give well-formed certificates; the lower-level ones let a test break one layer at a time.
 */
public final class TestCertificates {
    public static final String ISSUER = "https://issuer.example.org/shc";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestCertificates() {}

    // ---- keys ----------------------------------------------------------------------------------------------------

    /** A fresh EC P-256 key pair (ES256). */
    public static KeyPair es256KeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh RSA 2048 key pair (PS256, EU DCC only). */
    public static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public JWK of an ES256 key pair as an issuer publishes it ({@code kid} = RFC 7638 thumbprint). */
    public static Map<String, Object> jwk(KeyPair keyPair) {
        return new LinkedHashMap<>(Jwk.of((ECPublicKey) keyPair.getPublic()).publicMembers());
    }

    /** The SMART Health Card key ID of a key pair: its RFC 7638 thumbprint. */
    public static String kid(KeyPair keyPair) {
        return Jwk.thumbprint((ECPublicKey) keyPair.getPublic());
    }

    /** A self-signed document signer certificate for a country, valid from yesterday for a year. */
    public static X509Certificate signerCertificate(KeyPair keyPair, String country) {
        boolean ec = keyPair.getPrivate() instanceof ECPrivateKey;
        AlgorithmIdentifier algorithm = ec
                ? new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256)
                : new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
        X500Name name = new X500Name("CN=Test DSC " + country + ",O=EHC Tests,C=" + country);
        V3TBSCertificateGenerator tbs = new V3TBSCertificateGenerator();
        tbs.setSerialNumber(new ASN1Integer(new BigInteger(63, RANDOM)));
        tbs.setSignature(algorithm);
        tbs.setIssuer(name);
        tbs.setSubject(name);
        Instant now = Instant.now();
        tbs.setStartDate(new Time(Date.from(now.minus(Duration.ofDays(1)))));
        tbs.setEndDate(new Time(Date.from(now.plus(Duration.ofDays(365)))));
        tbs.setSubjectPublicKeyInfo(
                SubjectPublicKeyInfo.getInstance(keyPair.getPublic().getEncoded()));
        try {
            TBSCertificate certificate = tbs.generateTBSCertificate();
            Signature signer = Signature.getInstance(ec ? "SHA256withECDSA" : "SHA256withRSA");
            signer.initSign(keyPair.getPrivate());
            signer.update(certificate.getEncoded(ASN1Encoding.DER));
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(certificate);
            v.add(algorithm);
            v.add(new DERBitString(signer.sign()));
            byte[] der = new DERSequence(v).getEncoded(ASN1Encoding.DER);
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The EU DCC key ID of a document signer certificate: first 8 bytes of SHA-256 of its DER. */
    public static byte[] kid(X509Certificate certificate) {
        try {
            return Base64.getDecoder().decode(SignerCertificate.keyId(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- SMART Health Cards --------------------------------------------------------------------------------------

    /** A SMART Health Card of two COVID-19 immunizations, signed ES256 with the key pair's thumbprint as kid. */
    public static String smartHealthCard(KeyPair signer, String iss, String name, String birthDate) {
        return smartHealthCard(signer.getPrivate(), kid(signer), shcPayload(iss, name, birthDate));
    }

    /** A SMART Health Card with any payload, signed with any key under any kid. */
    public static String smartHealthCard(PrivateKey signer, String kid, Map<String, Object> payload) {
        return shc(jws(signer, shcHeader(kid), deflate(JSON.writeValueAsBytes(payload))));
    }

    public static Map<String, Object> shcHeader(String kid) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("zip", "DEF");
        header.put("alg", "ES256");
        header.put("kid", kid);
        return header;
    }

    /**
     * The JWS payload of a SMART Health Card: a Patient ("given names family", split at the last space) and
     * Immunizations with CVX 207 on 2021-01-01 and 2021-01-29; nbf is now.
     */
    public static Map<String, Object> shcPayload(String iss, String name, String birthDate) {
        int space = name.lastIndexOf(' ');
        Map<String, Object> humanName = new LinkedHashMap<>();
        humanName.put("family", space < 0 ? name : name.substring(space + 1));
        if (space > 0) humanName.put("given", List.of(name.substring(0, space).split(" ")));
        List<Object> entries = new ArrayList<>();
        entries.add(Map.of(
                "fullUrl",
                "resource:0",
                "resource",
                Map.of("resourceType", "Patient", "name", List.of(humanName), "birthDate", birthDate)));
        int i = 1;
        for (String date : List.of("2021-01-01", "2021-01-29"))
            entries.add(Map.of(
                    "fullUrl",
                    "resource:" + i++,
                    "resource",
                    Map.of(
                            "resourceType",
                            "Immunization",
                            "status",
                            "completed",
                            "vaccineCode",
                            Map.of("coding", List.of(Map.of("system", "http://hl7.org/fhir/sid/cvx", "code", "207"))),
                            "patient",
                            Map.of("reference", "resource:0"),
                            "occurrenceDateTime",
                            date,
                            "lotNumber",
                            "0000001")));
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        bundle.put("entry", entries);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", iss);
        payload.put("nbf", Instant.now().getEpochSecond());
        payload.put(
                "vc",
                Map.of(
                        "type",
                        List.of(
                                "https://smarthealth.cards#health-card",
                                "https://smarthealth.cards#immunization",
                                "https://smarthealth.cards#covid19"),
                        "credentialSubject",
                        Map.of("fhirVersion", "4.0.1", "fhirBundle", bundle)));
        return payload;
    }

    /** A compact JWS: base64url(header).base64url(payload).base64url(ES256 R‖S). */
    public static String jws(PrivateKey signer, Map<String, Object> header, byte[] payload) {
        String signingInput =
                B64URL.encodeToString(JSON.writeValueAsBytes(header)) + "." + B64URL.encodeToString(payload);
        return signingInput + "."
                + B64URL.encodeToString(es256(signer, signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** {@code shc:/} and the numeric form of a compact JWS. */
    public static String shc(String jws) {
        return "shc:/" + ShcNumeric.encode(jws);
    }

    /** Raw DEFLATE (no zlib header), as SMART Health Cards compress. */
    public static byte[] deflate(byte[] data) {
        return compress(data, true);
    }

    // ---- EU DCC --------------------------------------------------------------------------------------------------

    /** An EU DCC of a completed vaccination, signed by the certificate's key pair under the certificate's kid. */
    public static String euDcc(KeyPair signer, X509Certificate certificate, String country, String name, String dob) {
        return euDcc(signer, kid(certificate), country, name, dob);
    }

    /** An EU DCC of a completed vaccination (2/2, Comirnaty, 2021-06-11), issued now, expiring in a year. */
    public static String euDcc(KeyPair signer, byte[] kid, String country, String name, String dob) {
        Instant now = Instant.now();
        return hc1(coseSign1(
                signer.getPrivate(),
                kid,
                Cbor.encode(cwt(country, now, now.plus(Duration.ofDays(365)), hcert(name, dob)))));
    }

    /** The CWT claims: 1 country, 4 exp, 6 iat, -260 → {1: hcert}. */
    public static Map<Object, Object> cwt(
            String country, Instant issuedAt, Instant expiresAt, Map<String, Object> hcert) {
        Map<Object, Object> cwt = new LinkedHashMap<>();
        cwt.put(1, country);
        cwt.put(4, expiresAt.getEpochSecond());
        cwt.put(6, issuedAt.getEpochSecond());
        cwt.put(-260, Map.of(1, hcert));
        return cwt;
    }

    /** An hcert of schema 1.3.0 with one vaccination; the name is "given family", split at the last space. */
    public static Map<String, Object> hcert(String name, String dob) {
        int space = name.lastIndexOf(' ');
        String given = space < 0 ? "" : name.substring(0, space);
        String family = space < 0 ? name : name.substring(space + 1);
        Map<String, Object> nam = new LinkedHashMap<>();
        nam.put("fn", family);
        nam.put("fnt", icao(family));
        if (!given.isEmpty()) {
            nam.put("gn", given);
            nam.put("gnt", icao(given));
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tg", "840539006");
        v.put("vp", "1119349007");
        v.put("mp", "EU/1/20/1528");
        v.put("ma", "ORG-100030215");
        v.put("dn", 2);
        v.put("sd", 2);
        v.put("dt", LocalDate.of(2021, 6, 11).toString());
        v.put("co", "AT");
        v.put("is", "Ministry of Health, Austria");
        v.put("ci", "URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B");
        Map<String, Object> hcert = new LinkedHashMap<>();
        hcert.put("ver", "1.3.0");
        hcert.put("nam", nam);
        hcert.put("dob", dob);
        hcert.put("v", List.of(v));
        return hcert;
    }

    /** COSE_Sign1 (tag 18) with {1: alg, 4: kid} protected; ES256 for EC keys, PS256 for RSA keys. */
    public static byte[] coseSign1(PrivateKey signer, byte[] kid, byte[] payload) {
        Map<Object, Object> header = new LinkedHashMap<>();
        header.put(1, signer instanceof ECPrivateKey ? -7 : -37);
        header.put(4, kid);
        return coseSign1(signer, Cbor.encode(header), Map.of(), payload);
    }

    /** COSE_Sign1 with the given (encoded) protected and unprotected headers. */
    public static byte[] coseSign1(
            PrivateKey signer, byte[] protectedHeader, Map<Object, Object> unprotected, byte[] payload) {
        byte[] toSign = Cbor.encode(List.of("Signature1", protectedHeader, new byte[0], payload));
        byte[] signature = signer instanceof ECPrivateKey ? es256(signer, toSign) : ps256(signer, toSign);
        return Cbor.encode(new Cbor.Tagged(18, List.of(protectedHeader, unprotected, payload, signature)));
    }

    /** {@code HC1:} + base45(zlib(cose)). */
    public static String hc1(byte[] cose) {
        return "HC1:" + Base45.encode(zlib(cose));
    }

    public static byte[] zlib(byte[] data) {
        return compress(data, false);
    }

    // ---- primitives ----------------------------------------------------------------------------------------------

    static byte[] es256(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] ps256(PrivateKey key, byte[] data) {
        try {
            Signature s = Signature.getInstance("RSASSA-PSS");
            s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            s.initSign(key);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] compress(byte[] data, boolean raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, raw);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String icao(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "<");
    }
}
