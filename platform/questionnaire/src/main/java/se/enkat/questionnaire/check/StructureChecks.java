package se.enkat.questionnaire.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.enkat.questionnaire.model.Choice;
import se.enkat.questionnaire.model.LocalizedText;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.QuestionType;
import se.enkat.questionnaire.model.Questionnaire;
import se.enkat.questionnaire.model.Section;

/** The checks that need no expression: ids, texts, types, choices, ranges, appliesTo. */
final class StructureChecks {

  // Ids end up in rules (answers['plan.exists']), URLs and spreadsheet headers: keep them plain.
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
  private static final String TYPES =
      Arrays.stream(QuestionType.values())
          .map(QuestionType::json)
          .collect(Collectors.joining(", "));
  private static final String ORG_TYPES =
      Arrays.stream(OrganisationType.values())
          .map(OrganisationType::name)
          .collect(Collectors.joining(", "));

  private final Questionnaire questionnaire;
  private final List<QuestionnaireViolation> violations;
  private final Map<String, String> sectionIds = new HashMap<>();
  private final Map<String, String> questionIds = new HashMap<>();
  // The id of the question being checked, named by every violation added meanwhile.
  private String current;

  StructureChecks(Questionnaire questionnaire, List<QuestionnaireViolation> violations) {
    this.questionnaire = questionnaire;
    this.violations = violations;
  }

  void run() {
    if (blank(questionnaire.id())) {
      add("$.id", "is required");
    }
    if (questionnaire.version() == null || questionnaire.version() < 1) {
      add("$.version", "must be a positive integer");
    }
    text("$.title", questionnaire.title());
    if (questionnaire.sectionsOrEmpty().isEmpty()) {
      add("$.sections", "must contain at least one section");
    }
    for (int s = 0; s < questionnaire.sectionsOrEmpty().size(); s++) {
      section(s, questionnaire.sectionsOrEmpty().get(s));
    }
  }

  private void section(int s, Section section) {
    String path = Paths.section(s);
    id(path + ".id", section.id(), sectionIds, "section");
    text(path + ".title", section.title());
    if (section.questionsOrEmpty().isEmpty()) {
      add(path + ".questions", "must contain at least one question");
    }
    for (int q = 0; q < section.questionsOrEmpty().size(); q++) {
      question(Paths.question(s, q), section.questionsOrEmpty().get(q));
    }
  }

  private void question(String path, Question question) {
    current = blank(question.id()) ? null : question.id();
    try {
      questionFields(path, question);
    } finally {
      current = null;
    }
  }

  private void questionFields(String path, Question question) {
    id(path + ".id", question.id(), questionIds, "question");
    text(path + ".text", question.text());
    if (blank(question.type())) {
      add(path + ".type", "is required");
    } else if (question.questionType().isEmpty()) {
      add(path + ".type", "unknown question type '" + question.type() + "'; known: " + TYPES);
    }
    question.questionType().ifPresent(type -> typed(path, question, type));
    choices(path, question);
    appliesTo(path, question.appliesTo());
    if (question.required() != null
        && !question.required().isConstant()
        && !question.required().isExpression()) {
      add(path + ".required", "must be true, false or a CEL expression");
    }
    if (question.constraintMessage() != null && question.constraint() == null) {
      add(path + ".constraintMessage", "explains a constraint the question does not have");
    }
  }

  private void typed(String path, Question question, QuestionType type) {
    if (type.hasChoices() && question.choicesOrEmpty().isEmpty()) {
      add(path + ".choices", "a " + type.json() + " question needs choices");
    }
    if (!type.hasChoices() && question.choices() != null) {
      add(path + ".choices", "only single_choice and multi_choice questions have choices");
    }
    if (!type.isNumber()) {
      if (question.min() != null) {
        add(path + ".min", "only integer and decimal questions have min");
      }
      if (question.max() != null) {
        add(path + ".max", "only integer and decimal questions have max");
      }
    }
    if (question.min() != null
        && question.max() != null
        && question.min().compareTo(question.max()) > 0) {
      add(
          path + ".min",
          "min "
              + question.min().toPlainString()
              + " is greater than max "
              + question.max().toPlainString());
    }
    if (question.maxLength() != null) {
      if (type != QuestionType.TEXT) {
        add(path + ".maxLength", "only text questions have maxLength");
      } else if (question.maxLength() < 1) {
        add(path + ".maxLength", "must be at least 1");
      }
    }
  }

  private void choices(String path, Question question) {
    Map<String, String> values = new HashMap<>();
    for (int c = 0; c < question.choicesOrEmpty().size(); c++) {
      Choice choice = question.choicesOrEmpty().get(c);
      String choicePath = path + ".choices[" + c + "]";
      if (choice == null || blank(choice.value())) {
        add(choicePath + ".value", "is required");
        continue;
      }
      String first = values.putIfAbsent(choice.value(), choicePath + ".value");
      if (first != null) {
        add(
            choicePath + ".value",
            "duplicate choice value '" + choice.value() + "' (first at " + first + ")");
      }
      text(choicePath + ".label", choice.label());
    }
  }

  private void appliesTo(String path, List<String> types) {
    if (types == null) {
      return;
    }
    if (types.isEmpty()) {
      add(path + ".appliesTo", "must name at least one organisation type, or be left out");
    }
    for (int t = 0; t < types.size(); t++) {
      if (OrganisationType.fromName(types.get(t)).isEmpty()) {
        add(
            path + ".appliesTo[" + t + "]",
            "unknown organisation type '" + types.get(t) + "'; known: " + ORG_TYPES);
      }
    }
  }

  private void id(String path, String id, Map<String, String> seen, String what) {
    if (blank(id)) {
      add(path, "is required");
      return;
    }
    if (!ID.matcher(id).matches()) {
      add(path, what + " id '" + id + "' must be lower case letters, digits, '_' and '.'");
    }
    String first = seen.putIfAbsent(id, path);
    if (first != null) {
      add(path, "duplicate " + what + " id '" + id + "' (first at " + first + ")");
    }
  }

  private void text(String path, LocalizedText text) {
    if (text == null || !text.isComplete()) {
      add(path, "needs both sv and en");
    }
  }

  private void add(String field, String message) {
    violations.add(new QuestionnaireViolation(field, message, current));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
