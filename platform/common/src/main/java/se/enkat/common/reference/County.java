package se.enkat.common.reference;

/** A county (län): its two-digit code and its name. */
public record County(String code, String name) {}
