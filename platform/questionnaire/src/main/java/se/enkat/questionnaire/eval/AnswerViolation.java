package se.enkat.questionnaire.eval;

/** One reason an answer set is not acceptable: the question, the code and a readable message. */
public record AnswerViolation(String question, ViolationCode code, String message) {}
