package se.enkat.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;
import se.enkat.questionnaire.model.Questionnaire;

/** The questionnaires shipped with the library, loaded from the class path. */
public final class Questionnaires {

  public static final String PATIENTSAKERHET_2025 = "questionnaires/patientsakerhet-2025.json";

  private Questionnaires() {}

  /** The 2025 survey on systematic patient-safety work, as in the seed webinar. */
  public static Questionnaire patientsakerhet2025() {
    return fromClasspath(PATIENTSAKERHET_2025);
  }

  /** The 2025 questionnaire, checked and with its rules compiled. */
  public static CompiledQuestionnaire patientsakerhet2025Compiled() {
    return CompiledQuestionnaire.compile(patientsakerhet2025());
  }

  public static Questionnaire fromClasspath(String resource) {
    try (InputStream in = Questionnaires.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no questionnaire on the class path at " + resource);
      }
      return QuestionnaireJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read questionnaire " + resource, e);
    }
  }
}
