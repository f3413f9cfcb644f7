package se.enkat.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;

/** The questionnaire as the generator walks it: questions in order, and each follow-up's parent. */
final class Questions {

  private static final Pattern FOLLOW_UP =
      Pattern.compile("^\\s*answers\\['([^']+)'\\]\\s*==\\s*'yes'\\s*$");

  private final List<Question> ordered;
  private final Map<String, String> parents = new LinkedHashMap<>();

  Questions(Questionnaire questionnaire) {
    ordered = questionnaire.questions().toList();
    for (Question question : ordered) {
      if (question.relevant() == null) {
        continue;
      }
      Matcher matcher = FOLLOW_UP.matcher(question.relevant());
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            "the demo understands only follow-ups of a 'yes': " + question.id());
      }
      parents.put(question.id(), matcher.group(1));
    }
  }

  /** The questions put to this type, in questionnaire order. */
  List<Question> forType(OrganisationType type) {
    List<Question> questions = new ArrayList<>();
    for (Question question : ordered) {
      if (question.appliesTo(type)) {
        questions.add(question);
      }
    }
    return questions;
  }

  /** The question whose "yes" makes this one relevant, or null. */
  String parent(String question) {
    return parents.get(question);
  }

  /** The follow-ups of a question. */
  List<String> followUps(String question) {
    List<String> children = new ArrayList<>();
    parents.forEach(
        (child, parent) -> {
          if (parent.equals(question)) {
            children.add(child);
          }
        });
    return children;
  }
}
