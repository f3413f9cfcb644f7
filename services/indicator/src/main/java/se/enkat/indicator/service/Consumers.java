package se.enkat.indicator.service;

/** Consumer names under which processed event ids are recorded. */
final class Consumers {

  static final String INDICATOR = "indicator";

  private Consumers() {}
}
