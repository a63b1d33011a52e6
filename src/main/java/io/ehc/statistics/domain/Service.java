package io.ehc.statistics.domain;

/** One of the eight services whose adoption per prefecture city is published (DOMAIN.md §5). */
public record Service(String code, String nameZh, String nameEn) {}
