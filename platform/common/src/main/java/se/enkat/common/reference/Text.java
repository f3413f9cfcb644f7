package se.enkat.common.reference;

/** A text people read, in Swedish and English (the contract's {@code {sv, en}}). */
public record Text(String sv, String en) {}
