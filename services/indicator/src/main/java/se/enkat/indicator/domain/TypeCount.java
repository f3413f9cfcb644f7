package se.enkat.indicator.domain;

/** A respondent type's invited organisations and how many of them have an accepted answer. */
public record TypeCount(String type, long invited, long accepted) {}
