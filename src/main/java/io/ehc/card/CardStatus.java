package io.ehc.card;

/** Card states seen in the field (DOMAIN.md §3). */
public enum CardStatus {
    /** 待审核: counter issuance waiting for review. */
    PENDING_REVIEW,
    /** 正常: in use. */
    ACTIVE,
    /** 挂失: reported lost; a reissue brings it back with a new generation. */
    LOST,
    /** 冻结: suspended by the platform. */
    FROZEN,
    /** 注销: cancelled; applying again restores it. */
    CANCELLED,
    /** 已合并: a temporary card merged into a formal card. */
    MERGED
}
