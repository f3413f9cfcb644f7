package se.enkat.publication.service;

/** The consumer name under which processed event ids are recorded. */
final class Consumers {

  static final String PUBLICATION = "publication";

  private Consumers() {}
}
