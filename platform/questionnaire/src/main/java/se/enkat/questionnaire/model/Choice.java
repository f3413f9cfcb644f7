package se.enkat.questionnaire.model;

/** One allowed answer of a single- or multi-choice question: the stored value and its label. */
public record Choice(String value, LocalizedText label) {}
