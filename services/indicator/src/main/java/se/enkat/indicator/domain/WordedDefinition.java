package se.enkat.indicator.domain;

import se.enkat.common.reference.Text;

/** A definition with its definition in words (what is counted, over whom). */
public record WordedDefinition(IndicatorDefinition definition, Text wording) {}
