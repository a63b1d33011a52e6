package io.ehc.identity.domain;

import io.ehc.identity.MasterIndex;
import java.time.Instant;

/** 家庭成员绑定: the owner looks after the member; the relation is the member's to the owner (GB/T 4761). */
public record FamilyBinding(MasterIndex owner, MasterIndex member, FamilyRelation relation, Instant boundAt) {}
