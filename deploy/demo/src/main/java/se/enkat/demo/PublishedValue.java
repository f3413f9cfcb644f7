package se.enkat.demo;

/** One published value: numerator, denominator and the percent as the API printed it. */
public record PublishedValue(long numerator, long denominator, String percent) {}
