package se.enkat.collection.domain;

/** Lifecycle of a survey round: only DRAFT to OPEN and OPEN to CLOSED are allowed. */
public enum RoundStatus {
  DRAFT,
  OPEN,
  CLOSED
}
