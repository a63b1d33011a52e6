package io.ehc.statistics.domain;

/** 常住人口: the resident population of a region in a year, with where the figure comes from. */
public record Population(String region, long population, int year, String source) {}
