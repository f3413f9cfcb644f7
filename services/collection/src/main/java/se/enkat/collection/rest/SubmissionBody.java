package se.enkat.collection.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;

/**
 * The body of a draft or a submission: answers per question id, and optional free-text comments per
 * question id. The rules themselves are judged later, by the validation service; here only the
 * shape is checked.
 */
public record SubmissionBody(JsonNode answers, JsonNode comments) {

  /** The body with its shape checked (400 otherwise) and absent comments as an empty object. */
  public static SubmissionBody checked(SubmissionBody body) {
    if (body == null) {
      throw ProblemException.invalid("$", "a JSON object {answers, comments?} is required");
    }
    List<Problem.Violation> violations = new ArrayList<>();
    if (body.answers() == null || body.answers().isNull()) {
      violations.add(new Problem.Violation("answers", "is required"));
    } else if (!body.answers().isObject()) {
      violations.add(
          new Problem.Violation("answers", "must be a JSON object from question id to answer"));
    }
    JsonNode comments = body.comments();
    if (comments == null || comments.isNull()) {
      comments = JsonNodeFactory.instance.objectNode();
    } else if (!comments.isObject()) {
      violations.add(
          new Problem.Violation("comments", "must be a JSON object from question id to text"));
    } else {
      for (Map.Entry<String, JsonNode> comment : comments.properties()) {
        if (!comment.getValue().isTextual()) {
          violations.add(new Problem.Violation("comments." + comment.getKey(), "must be a string"));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid("The submission is not valid.", violations);
    }
    return new SubmissionBody(body.answers(), comments);
  }

  /** True when both bodies carry the same answers and comments (key order does not matter). */
  public boolean sameAs(JsonNode otherAnswers, JsonNode otherComments) {
    return answers.equals(otherAnswers) && comments.equals(otherComments);
  }

  static ObjectNode empty() {
    return JsonNodeFactory.instance.objectNode();
  }
}
