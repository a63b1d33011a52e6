package bench.jmh;

import io.ehc.scan.domain.Recognition;
import io.ehc.scan.domain.Recognizers;
import io.ehc.scan.domain.ScanContext;
import io.ehc.scan.domain.ScanPurpose;
import io.ehc.scan.domain.ScannedText;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The multi-code entry's recognition, one thread: normalise the scanned text and run it through every recogniser of
 * the registry (the legacy card pattern of the institution included), per kind of text.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RecognitionBenchmark {
    @Param({"healthCode", "idNumber", "wechat", "alipay", "voucher", "legacy", "euDcc", "unknown"})
    public String kind;

    private final Recognizers registry = Recognizers.standard();
    private final ScanContext context = new ScanContext(ScanPurpose.IDENTIFY, Pattern.compile("ZY[0-9]{8}"));
    private String text;

    @Setup
    public void setUp() {
        text = switch (kind) {
            case "healthCode" -> "9A3F1C0E7B5D2468ACE013579BDF24680F1E2D3C4B5A69788796A5B4C3D2E1F0:0:"
                    + "0123456789ABCDEF0123456789ABCDEF::43000000001";
            case "idNumber" -> " 430102199003070011\r\n";
            case "wechat" -> "134567890123456789";
            case "alipay" -> "2812345678901234567";
            case "voucher" -> "4241234567890123456701430000";
            case "legacy" -> "ZY12345678";
            case "euDcc" -> "HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH-R6IOO6+IDOEZPE$KP4SUN*EF.RF0";
            default -> "这不是一个码 hello";
        };
    }

    @Benchmark
    public Recognition recognise() {
        return registry.recognise(ScannedText.normalise(text), context);
    }
}
