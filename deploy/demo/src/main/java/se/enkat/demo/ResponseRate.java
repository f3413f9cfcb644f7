package se.enkat.demo;

/** Invited and answered organisations of one type, as the published API reports them. */
public record ResponseRate(String type, long invited, long answered, String percent) {}
