package io.ehc.scan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.identity.GbIdChecksum;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The recognition table: each national format at and around its boundaries, normalisation and ambiguity. */
class RecognizersTest {
    static final Recognizers REGISTRY = Recognizers.standard();
    static final String EHC = "A".repeat(32) + "0123456789ABCDEF0123456789ABCDEF";

    /** A valid GB 11643 number from its first 17 digits. */
    static String id(String first17) {
        return first17 + GbIdChecksum.checkCharacter(first17);
    }

    /** 28-digit e-voucher: 424 + 17 + 2 + province + 0000. */
    static String voucher(String province) {
        return "424" + "12345678901234567" + "01" + province + "0000";
    }

    static Stream<Arguments> table() {
        String anId = id("43010219900307001"); // Changsha, born 1990-03-07
        String wrongCheck = anId.substring(0, 17) + (anId.charAt(17) == '0' ? '1' : '0');
        String idWithX = findIdEndingInX();
        return Stream.of(
                // health code: 64 hex, colon, type
                row(EHC + ":1", CodeKind.HEALTH_CODE, "static"),
                row(EHC + ":0:" + "B".repeat(32) + "::43000000001", CodeKind.HEALTH_CODE, "dynamic"),
                row(EHC + ":0:" + "B".repeat(32), CodeKind.HEALTH_CODE, "dynamic"),
                row(EHC + ":9", CodeKind.HEALTH_CODE, "temporary"),
                row(EHC.toLowerCase() + ":1", CodeKind.HEALTH_CODE, "static"),
                row(EHC.substring(1) + ":1", CodeKind.UNKNOWN, null), // 63 hex: one short
                row(EHC + "A:1", CodeKind.UNKNOWN, null), // 65 hex: one long
                row(EHC + ":2", CodeKind.UNKNOWN, null),
                row(EHC + ":1x", CodeKind.UNKNOWN, null),
                row(EHC.substring(0, 63) + "G:1", CodeKind.UNKNOWN, null),
                // WeChat Pay: 18 digits, prefix 10-15
                row("094567890123456789", CodeKind.UNKNOWN, null),
                row("104567890123456789", CodeKind.WECHAT_PAY, null),
                row("154567890123456789", CodeKind.WECHAT_PAY, null),
                row("164567890123456789", CodeKind.UNKNOWN, null),
                row("13456789012345678", CodeKind.UNKNOWN, null), // 17 digits
                row("1345678901234567890", CodeKind.UNKNOWN, null), // 19 digits
                // Alipay: 16-24 digits, prefix 25-30
                row("2412345678901234", CodeKind.UNKNOWN, null),
                row("2512345678901234", CodeKind.ALIPAY, null),
                row("3012345678901234", CodeKind.ALIPAY, null),
                row("3112345678901234", CodeKind.UNKNOWN, null),
                row("251234567890123", CodeKind.UNKNOWN, null), // 15 digits
                row("281234567890123456789012", CodeKind.ALIPAY, null), // 24 digits
                row("2812345678901234567890123", CodeKind.UNKNOWN, null), // 25 digits
                row("281234567890123456", CodeKind.ALIPAY, null), // 18 digits, prefix 28: not WeChat
                // UnionPay: 19 digits, prefix 62
                row("6212345678901234567", CodeKind.UNIONPAY, null),
                row("621234567890123456", CodeKind.UNKNOWN, null), // 18
                row("62123456789012345678", CodeKind.UNKNOWN, null), // 20
                row("6112345678901234567", CodeKind.UNKNOWN, null),
                row("6312345678901234567", CodeKind.UNKNOWN, null),
                // insurance e-voucher: 28 digits
                row(voucher("43"), CodeKind.INSURANCE_VOUCHER, null),
                row(voucher("43").substring(1), CodeKind.UNKNOWN, null), // 27
                row(voucher("43") + "0", CodeKind.UNKNOWN, null), // 29
                row(voucher("99"), CodeKind.UNKNOWN, null), // no such province
                row("425" + voucher("43").substring(3), CodeKind.UNKNOWN, null),
                row(voucher("43").substring(0, 27) + "1", CodeKind.UNKNOWN, null),
                // resident ID number
                row(anId, CodeKind.RESIDENT_ID, null),
                row(idWithX, CodeKind.RESIDENT_ID, null),
                row(idWithX.substring(0, 17) + "x", CodeKind.UNKNOWN, null), // lower-case x
                row(wrongCheck, CodeKind.UNKNOWN, null),
                row(anId.substring(0, 17), CodeKind.UNKNOWN, null), // 17
                row(anId + "0", CodeKind.UNKNOWN, null), // 19
                row(id("43010219900230001"), CodeKind.UNKNOWN, null), // 30 February
                row(id("99010219900307001"), CodeKind.UNKNOWN, null), // no such province
                // certificates
                row(
                        "shc:/5676290952432060346029243740446031222959532654603460292540772804336028702865",
                        CodeKind.SMART_HEALTH_CARD,
                        null),
                row("SHC:/56762909524320603460", CodeKind.SMART_HEALTH_CARD, null),
                row("shc:/", CodeKind.UNKNOWN, null),
                row("HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH", CodeKind.EU_DCC, null),
                row("hc1:NCFOXN", CodeKind.EU_DCC, null),
                row("HC2:NCFOXN", CodeKind.UNKNOWN, null),
                // normalisation: surrounding space, full-width digits
                row("  104567890123456789 \r\n", CodeKind.WECHAT_PAY, null),
                row("\u3000104567890123456789\u3000", CodeKind.WECHAT_PAY, null),
                row("\uFEFF\t6212345678901234567\u200B", CodeKind.UNIONPAY, null),
                row("１０４５６７８９０１２３４５６７８９", CodeKind.WECHAT_PAY, null),
                row(" " + EHC + "：1 ", CodeKind.HEALTH_CODE, "static"), // full-width colon
                row("1045 6789 0123 4567 89", CodeKind.UNKNOWN, null), // inner spaces are kept
                // nothing
                row("", CodeKind.UNKNOWN, null),
                row("hello", CodeKind.UNKNOWN, null),
                row("ZY12345678", CodeKind.UNKNOWN, null)); // a legacy number where no pattern is registered
    }

    static Arguments row(String text, CodeKind kind, @Nullable String variant) {
        return Arguments.of(text, kind, variant);
    }

    @ParameterizedTest(name = "[{index}] {1} {2}")
    @MethodSource("table")
    void recognises(String raw, CodeKind kind, @Nullable String variant) {
        Recognition r = REGISTRY.recognise(ScannedText.normalise(raw), ScanContext.of(ScanPurpose.IDENTIFY));
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.variant()).isEqualTo(variant);
    }

    @Test
    void anEighteenDigitTextThatIsBothAWeChatCodeAndAnIdNumberFollowsThePurpose() {
        String both = id("11010119900307123"); // Beijing prefix 11 is also a WeChat Pay prefix
        Recognition identify = REGISTRY.recognise(both, ScanContext.of(ScanPurpose.IDENTIFY));
        assertThat(identify.kind()).isEqualTo(CodeKind.RESIDENT_ID);
        assertThat(identify.alsoMatched()).containsExactly(CodeKind.WECHAT_PAY);

        Recognition pay = REGISTRY.recognise(both, ScanContext.of(ScanPurpose.PAY));
        assertThat(pay.kind()).isEqualTo(CodeKind.WECHAT_PAY);
        assertThat(pay.alsoMatched()).containsExactly(CodeKind.RESIDENT_ID);
    }

    @Test
    void aPaymentCodeStaysAPaymentCodeWhenNothingElseMatches() {
        Recognition r = REGISTRY.recognise("104567890123456789", ScanContext.of(ScanPurpose.REGISTER));
        assertThat(r.kind()).isEqualTo(CodeKind.WECHAT_PAY);
        assertThat(r.alsoMatched()).isEmpty();
    }

    @Test
    void anIdentityCodeShownToPayIsStillRecognised() {
        Recognition r = REGISTRY.recognise(EHC + ":1", ScanContext.of(ScanPurpose.PAY));
        assertThat(r.kind()).isEqualTo(CodeKind.HEALTH_CODE);
    }

    @Test
    void legacyCardsAreRecognisedOnlyWhereTheirPatternIsRegistered() {
        ScanContext here = new ScanContext(ScanPurpose.IDENTIFY, Pattern.compile("ZY[0-9]{8}"));
        assertThat(REGISTRY.recognise("ZY12345678", here).kind()).isEqualTo(CodeKind.LEGACY_PATIENT_CARD);
        assertThat(REGISTRY.recognise("ZY1234567", here).kind()).isEqualTo(CodeKind.UNKNOWN);
        assertThat(REGISTRY.recognise("ZY12345678", ScanContext.of(ScanPurpose.IDENTIFY))
                        .kind())
                .isEqualTo(CodeKind.UNKNOWN);
    }

    @Test
    void aLegacyPatternOverlappingAPaymentCodeIsTheLegacyCardUnlessPaying() {
        ScanContext identify = new ScanContext(ScanPurpose.IDENTIFY, Pattern.compile("[0-9]{18}"));
        Recognition r = REGISTRY.recognise("104567890123456789", identify);
        assertThat(r.kind()).isEqualTo(CodeKind.LEGACY_PATIENT_CARD);
        assertThat(r.alsoMatched()).containsExactly(CodeKind.WECHAT_PAY);

        ScanContext pay = new ScanContext(ScanPurpose.PAY, Pattern.compile("[0-9]{18}"));
        assertThat(REGISTRY.recognise("104567890123456789", pay).kind()).isEqualTo(CodeKind.WECHAT_PAY);
    }

    @Test
    void theRegistryOrderIsTheDocumentedOne() {
        assertThat(REGISTRY.order())
                .containsExactly(
                        CodeKind.HEALTH_CODE,
                        CodeKind.SMART_HEALTH_CARD,
                        CodeKind.EU_DCC,
                        CodeKind.INSURANCE_VOUCHER,
                        CodeKind.RESIDENT_ID,
                        CodeKind.WECHAT_PAY,
                        CodeKind.ALIPAY,
                        CodeKind.UNIONPAY,
                        CodeKind.LEGACY_PATIENT_CARD);
    }

    private static String findIdEndingInX() {
        for (int i = 0; i < 1000; i++) {
            String first17 = "43010219900307" + String.format("%03d", i);
            if (GbIdChecksum.checkCharacter(first17) == 'X') return first17 + 'X';
        }
        throw new AssertionError("no ID number ending in X found");
    }
}
