package se.enkat.questionnaire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.check.QuestionnaireChecker;
import se.enkat.questionnaire.check.QuestionnaireViolation;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * {@code enkat check FILE}: checks a questionnaire file offline, as an upload would be checked.
 *
 * <p>Exit codes: 0 valid, 1 violations, 2 the file cannot be read or is not questionnaire JSON.
 */
public final class CheckCommand {

  static final int OK = 0;
  static final int VIOLATIONS = 1;
  static final int UNREADABLE = 2;

  private CheckCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1) {
      err.println("usage: enkat check FILE");
      return UNREADABLE;
    }
    Path file = Path.of(args[0]);
    Questionnaire questionnaire;
    try (InputStream in = Files.newInputStream(file)) {
      questionnaire = QuestionnaireJson.read(in);
    } catch (IOException e) {
      err.println(file + ": cannot read questionnaire: " + firstLine(e.getMessage()));
      return UNREADABLE;
    }
    List<QuestionnaireViolation> violations = QuestionnaireChecker.check(questionnaire);
    if (!violations.isEmpty()) {
      violations.forEach(v -> out.println(v.line()));
      out.println(violations.size() + " violation(s) in " + file);
      return VIOLATIONS;
    }
    out.println("ok");
    out.println(summary(questionnaire));
    return OK;
  }

  static String summary(Questionnaire q) {
    List<Question> questions = q.questions().toList();
    long rules =
        questions.stream()
            .mapToLong(
                question ->
                    count(question.relevant())
                        + count(question.constraint())
                        + (question.required() != null && question.required().isExpression()
                            ? 1
                            : 0))
            .sum();
    return q.id()
        + " v"
        + q.version()
        + ": "
        + q.sectionsOrEmpty().size()
        + " sections, "
        + questions.size()
        + " questions, "
        + rules
        + " rules";
  }

  private static int count(String rule) {
    return rule == null ? 0 : 1;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
