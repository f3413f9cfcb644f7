package se.enkat.collection.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One extension: the organisation (null for the whole round), the new date, when, by whom. */
public record Extension(
    String organisation, LocalDate closesAt, OffsetDateTime extendedAt, String extendedBy) {}
