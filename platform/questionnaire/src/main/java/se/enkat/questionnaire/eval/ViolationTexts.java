package se.enkat.questionnaire.eval;

import java.math.BigDecimal;
import se.enkat.questionnaire.model.LocalizedText;
import se.enkat.questionnaire.model.Question;

/**
 * What a violation says to a person, in Swedish and English: the {@code text} beside a violation's
 * {@code message}. The web app's engine has the same texts (services/web, engine/texts.ts).
 */
public final class ViolationTexts {

  private ViolationTexts() {}

  /**
   * The text for a violation of this code.
   *
   * @param question the question it is about, or null when the questionnaire has none by that id
   */
  public static LocalizedText of(ViolationCode code, Question question) {
    return switch (code) {
      case UNKNOWN_QUESTION ->
          LocalizedText.of(
              "Frågan finns inte i enkäten.", "The questionnaire has no such question.");
      case WRONG_TYPE ->
          LocalizedText.of(
              "Svaret har fel form för frågan.",
              "The answer has the wrong form for this question.");
      case NOT_A_CHOICE ->
          LocalizedText.of(
              "Svaret är inte ett av svarsalternativen.", "The answer is not one of the choices.");
      case REQUIRED ->
          LocalizedText.of("Frågan måste besvaras.", "This question must be answered.");
      case NOT_RELEVANT ->
          LocalizedText.of(
              "Frågan ska inte besvaras med de andra svaren som de är.",
              "This question must not be answered given the other answers.");
      case NOT_APPLICABLE ->
          LocalizedText.of(
              "Frågan ställs inte till er typ av organisation.",
              "This question is not asked of your type of organisation.");
      case CONSTRAINT ->
          question != null && question.constraintMessage() != null
              ? question.constraintMessage()
              : LocalizedText.of(
                  "Svaret uppfyller inte villkoret.", "The answer does not meet the condition.");
      case OUT_OF_RANGE -> range(question);
      case TOO_LONG -> tooLong(question);
      case INVALID_DATE ->
          LocalizedText.of(
              "Ange ett riktigt datum som ÅÅÅÅ-MM-DD.", "Enter a real date as YYYY-MM-DD.");
    };
  }

  /** The text of a violation as stored ({@code code} as the contract names it). */
  public static LocalizedText of(String code, Question question) {
    for (ViolationCode known : ViolationCode.values()) {
      if (known.code().equalsIgnoreCase(code)) {
        return of(known, question);
      }
    }
    return LocalizedText.of("Svaret godtogs inte.", "The answer was not accepted.");
  }

  private static LocalizedText range(Question q) {
    String min = q == null ? null : plain(q.min());
    String max = q == null ? null : plain(q.max());
    if (min != null && max != null) {
      return LocalizedText.of(
          "Ange ett tal från " + min + " till " + max + ".",
          "Enter a number from " + min + " to " + max + ".");
    }
    if (min != null) {
      return LocalizedText.of(
          "Ange ett tal som är minst " + min + ".", "Enter a number of at least " + min + ".");
    }
    if (max != null) {
      return LocalizedText.of(
          "Ange ett tal som är högst " + max + ".", "Enter a number of at most " + max + ".");
    }
    return LocalizedText.of("Talet är för stort.", "The number is too large.");
  }

  private static LocalizedText tooLong(Question q) {
    String limit = q == null || q.maxLength() == null ? "?" : q.maxLength().toString();
    return LocalizedText.of(
        "Svaret är för långt: högst " + limit + " tecken.",
        "The answer is too long: at most " + limit + " characters.");
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
