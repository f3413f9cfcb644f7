package se.enkat.common.reference;

/**
 * One focus area (fokusområde) of the agency's development indicators.
 *
 * @param number the agency's own numbering, 1 to 5
 */
public record FocusArea(String id, int number, Text name, Text description) {}
