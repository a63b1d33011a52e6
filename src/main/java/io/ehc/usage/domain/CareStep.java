package io.ehc.usage.domain;

import io.ehc.shared.error.InvalidInput;
import java.util.Map;

/**
 * 诊疗环节 (DOMAIN.md §5): 010101 挂号, 010102 诊断, 010103 取药, 010104 检查, 010105 收费, 010106 开方,
 * 010107 手术, 010109 住院, 000000 其他.
 */
public record CareStep(String code) {
    public static final Map<String, String> NAMES = Map.of(
            "010101", "挂号", "010102", "诊断", "010103", "取药", "010104", "检查", "010105", "收费", "010106", "开方", "010107",
            "手术", "010109", "住院", "000000", "其他");

    public CareStep {
        if (code == null || code.isBlank()) throw InvalidInput.missing("careStep");
        if (!NAMES.containsKey(code)) throw new InvalidInput("careStep", "must be a care step code of DOMAIN.md §5");
    }
}
