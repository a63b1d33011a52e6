package io.ehc.scan.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * 识别器注册表: the ordered registry of recognisers. Every recogniser sees the normalised text; of those that match,
 * the registry picks one by this rule:
 *
 * <ol>
 *   <li>kinds that fit the purpose come first: for {@link ScanPurpose#PAY} the payment codes, for every other purpose
 *       the identity-bearing codes and certificates;
 *   <li>then the registry order: health code, SMART Health Card, EU certificate, insurance e-voucher, resident ID
 *       number, WeChat Pay, Alipay, UnionPay, the institution's legacy patient card.
 * </ol>
 *
 * A text nothing matches is {@link CodeKind#UNKNOWN}. So every text gets exactly one kind; the kinds passed over are
 * reported as {@code alsoMatched}. The only overlaps of the national formats are an 18-digit WeChat Pay code (prefix
 * 10–15) that also passes as a resident ID number, and a legacy card pattern that overlaps a national format.
 */
public final class Recognizers {
    private final List<Recognizer> ordered;

    public Recognizers(List<Recognizer> ordered) {
        this.ordered = List.copyOf(ordered);
        if (this.ordered.stream().map(Recognizer::kind).distinct().count() != this.ordered.size())
            throw new IllegalArgumentException("each kind has one recogniser");
    }

    /** The platform's registry, in the documented order. */
    public static Recognizers standard() {
        return new Recognizers(List.of(
                new HealthCodeRecognizer(),
                new PrefixRecognizer(CodeKind.SMART_HEALTH_CARD, "shc:/"),
                new PrefixRecognizer(CodeKind.EU_DCC, "HC1:"),
                new InsuranceVoucherRecognizer(),
                new ResidentIdRecognizer(),
                new DigitCodeRecognizer(CodeKind.WECHAT_PAY, 18, 18, 10, 15),
                new DigitCodeRecognizer(CodeKind.ALIPAY, 16, 24, 25, 30),
                new DigitCodeRecognizer(CodeKind.UNIONPAY, 19, 19, 62, 62),
                new LegacyCardRecognizer()));
    }

    /** The kinds in registry order. */
    public List<CodeKind> order() {
        return ordered.stream().map(Recognizer::kind).toList();
    }

    /** Recognises a text that is already {@link ScannedText#normalise normalised}. */
    public Recognition recognise(String text, ScanContext context) {
        List<CodeKind> matched = new ArrayList<>(2);
        List<String> variants = new ArrayList<>(2);
        for (Recognizer r : ordered) {
            String variant = r.recognise(text, context);
            if (variant != null) {
                matched.add(r.kind());
                variants.add(variant);
            }
        }
        if (matched.isEmpty()) return Recognition.unknown();
        int chosen = 0;
        for (int i = 0; i < matched.size(); i++) {
            if (fits(matched.get(i), context.purpose())) {
                chosen = i;
                break;
            }
        }
        List<CodeKind> others = new ArrayList<>(matched);
        CodeKind kind = others.remove(chosen);
        String variant = variants.get(chosen);
        return new Recognition(kind, variant.isEmpty() ? null : variant, others);
    }

    private static boolean fits(CodeKind kind, ScanPurpose purpose) {
        return purpose == ScanPurpose.PAY ? kind.isPayment() : !kind.isPayment();
    }
}
