package bench.jmh;

import io.ehc.card.domain.EhcIdDerivation;
import io.ehc.healthcode.domain.DynamicBlock;
import io.ehc.healthcode.domain.HealthCodeFormat;
import io.ehc.healthcode.domain.ParsedCode;
import io.ehc.healthcode.domain.StaticTag;
import io.ehc.institution.domain.RequestSignature;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pure-Java cost of issuing and checking health codes, one thread: what the verify endpoint spends on
 * cryptography before it touches the database. Keys are fixed test keys, not the platform's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class HealthCodeBenchmark {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final byte[] protectKey = HEX.parseHex("0123456789ABCDEFFEDCBA9876543210");
    private final byte[] tagKey = HEX.parseHex("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F");
    private final byte[] rootKey = HEX.parseHex("00112233445566778899AABBCCDDEEFF");
    private final String masterIndex = "9A3F1C0E7B5D2468ACE013579BDF2468" + "0F1E2D3C4B5A69788796A5B4C3D2E1F0";
    private final String issuer = "43000000001";
    private final String secret = "bench-terminal-secret-0123456789abcdef";

    private String ehcId;
    private LocalDateTime expiry;
    private String dynamicCode;
    private String staticCode;
    private String nonce;
    private String timestamp;
    private byte[] body;
    private String signature;

    @Setup
    public void setUp() {
        ehcId = EhcIdDerivation.derive(rootKey, masterIndex, "01", "430102198001011234").value();
        expiry = LocalDateTime.of(2030, 1, 1, 12, 0, 0);
        dynamicCode = HealthCodeFormat.dynamic(ehcId, DynamicBlock.seal(protectKey, ehcId, expiry, 1), issuer);
        staticCode = HealthCodeFormat.statik(ehcId, "1", StaticTag.of(tagKey, ehcId, "1", 1), issuer);
        timestamp = "1767225600000";
        nonce = "bench_nonce_0123456789";
        body = ("{\"code\":\"" + dynamicCode + "\",\"careStep\":\"010101\",\"scene\":\"0101012\"}")
                .getBytes(StandardCharsets.UTF_8);
        signature = RequestSignature.sign(secret, canonical());
        if (verifyDynamic().isEmpty() || !verifyStaticTag() || !checkRequestSignature()) {
            throw new IllegalStateException("benchmark fixtures do not verify");
        }
    }

    private String canonical() {
        return RequestSignature.canonical("POST", "/api/terminal/v1/verify", timestamp, nonce, body);
    }

    /** Issue a dynamic code: seal the EXPIRY block (SM3 bind + SM4) and format the QR text. */
    @Benchmark
    public String issueDynamic() {
        return HealthCodeFormat.dynamic(ehcId, DynamicBlock.seal(protectKey, ehcId, expiry, 1), issuer);
    }

    /** Verify a dynamic code: parse the text and open the block (SM4 + SM3 bind check). */
    @Benchmark
    public Optional<DynamicBlock.Opened> verifyDynamic() {
        ParsedCode.Dynamic parsed = (ParsedCode.Dynamic) HealthCodeFormat.parse(dynamicCode);
        return DynamicBlock.open(protectKey, parsed.ehcId(), parsed.expiryBlock());
    }

    /** Check a static code: parse the text and recompute its generation tag. */
    @Benchmark
    public boolean verifyStaticTag() {
        ParsedCode.Static parsed = (ParsedCode.Static) HealthCodeFormat.parse(staticCode);
        return StaticTag.of(tagKey, parsed.ehcId(), parsed.type(), 1).equals(parsed.tag());
    }

    /** Derive an EHC ID from a master index (two SM4 operations). */
    @Benchmark
    public String deriveEhcId() {
        return EhcIdDerivation.derive(rootKey, masterIndex, "01", "430102198001011234").value();
    }

    /** Check a terminal request signature: SM3 of the body, canonical string, HMAC-SM3, constant-time compare. */
    @Benchmark
    public boolean checkRequestSignature() {
        return RequestSignature.matches(secret, canonical(), signature);
    }
}
