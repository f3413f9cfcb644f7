package se.enkat.indicator.domain;

/** One value cell and its current numerator and denominator. */
public record Cell(CellKey key, Count count) {}
