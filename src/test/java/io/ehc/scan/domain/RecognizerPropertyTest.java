package io.ehc.scan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the text (any length, any characters, near-misses of every format), recognition never throws,
 * always answers exactly one kind, never lists the chosen kind among the others, and is stable: normalising twice
 * changes nothing and recognising twice gives the same answer. Random but reproducible: the seed is in the failure.
 */
class RecognizerPropertyTest {
    private static final String[] SEEDS = {
        "shc:/",
        "HC1:",
        "424",
        "10",
        "15",
        "25",
        "30",
        "62",
        ":0:",
        ":1",
        ":9",
        "::",
        "X",
        "x",
        "\u3000",
        " ",
        "\t",
        "\uFF10",
        "\uFF19",
        "\uFF1A",
        "\uD83D\uDE00",
        "\uD800",
        "\u0000",
        "\uFEFF",
        "ZY"
    };
    private static final Recognizers REGISTRY = Recognizers.standard();

    @Test
    void everyTextGetsExactlyOneKindAndNothingThrows() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        ScanPurpose[] purposes = ScanPurpose.values();
        for (int i = 0; i < 50_000; i++) {
            String raw = randomText(random);
            ScanContext context = new ScanContext(
                    purposes[random.nextInt(purposes.length)],
                    random.nextBoolean() ? null : Pattern.compile("ZY[0-9]{4,12}"));
            String text = ScannedText.normalise(raw);
            Recognition r = REGISTRY.recognise(text, context);
            String where = "seed " + seed + ", case " + i;
            assertThat(r).as(where).isNotNull();
            assertThat(r.kind()).as(where).isNotNull();
            assertThat(r.alsoMatched()).as(where).doesNotContain(r.kind()).doesNotHaveDuplicates();
            assertThat(ScannedText.normalise(text)).as(where).isEqualTo(text);
            assertThat(REGISTRY.recognise(text, context)).as(where).isEqualTo(r);
            if (r.kind() == CodeKind.UNKNOWN)
                assertThat(r.alsoMatched()).as(where).isEmpty();
        }
    }

    private static String randomText(Random random) {
        int mode = random.nextInt(4);
        int length = random.nextInt(random.nextInt(10) == 0 ? 600 : 40);
        StringBuilder s = new StringBuilder();
        switch (mode) {
            case 0 -> { // digits, the formats' raw material
                for (int i = 0; i < length; i++) s.append((char) ('0' + random.nextInt(10)));
            }
            case 1 -> { // hex and colons, like health codes
                for (int i = 0; i < length + 60; i++)
                    s.append(i == 64 ? ':' : "0123456789ABCDEF:".charAt(random.nextInt(17)));
            }
            case 2 -> { // any UTF-16 code unit, including lone surrogates and controls
                for (int i = 0; i < length; i++) s.append((char) random.nextInt(Character.MAX_VALUE + 1));
            }
            default -> { // pieces of every format glued together
                while (s.length() < length) {
                    if (random.nextBoolean()) s.append(SEEDS[random.nextInt(SEEDS.length)]);
                    else s.append(random.nextInt(1_000_000));
                }
            }
        }
        return s.toString();
    }
}
