package io.ehc.identity.domain;

import io.ehc.shared.error.InvalidInput;

/**
 * 家庭关系 (GB/T 4761, first level): 0 本人, 1 配偶, 2 子, 3 女, 4 孙子女, 5 父母, 6 祖父母, 7 兄弟姐妹, 8 其他.
 * A binding names the member's relation to the owner; 0 (self) cannot be bound.
 */
public record FamilyRelation(String code) {
    public FamilyRelation {
        if (code == null) throw InvalidInput.missing("relation");
        if (!code.matches("[1-8]")) throw new InvalidInput("relation", "must be a GB/T 4761 code 1-8");
    }

    public static FamilyRelation childOf(Sex sex) {
        return new FamilyRelation(sex == Sex.FEMALE ? "3" : "2");
    }
}
