package se.enkat.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.enkat.common.events.IndicatorValuesUpdated;
import se.enkat.common.events.ReminderRequested;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.messaging.PoisonMessageException;

/** The one check of consumed events: the constraints their records declare. */
class EventDecoderTest {

  @Test
  void namesNestedFieldsInTheOrderTheRecordDeclaresThem() {
    String json =
        "{\"round\":\" \",\"questionnaireRef\":{\"id\":\"q\",\"version\":0},"
            + "\"questionnaire\":[],\"population\":[]}";

    assertThatThrownBy(() -> EventDecoder.decode("e1", json, RoundOpened.class))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage(
            "event e1: data lacks required fields round, questionnaireRef.version,"
                + " questionnaire (an object)");
  }

  @Test
  void refusesAnAcceptedSubmissionWithoutAnswersOrType() {
    String json = "{\"round\":\"r1\",\"organisation\":\"0180\",\"revision\":1,\"answers\":null}";

    assertThatThrownBy(() -> EventDecoder.decode("e1", json, SubmissionAccepted.class))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("event e1: data lacks required fields organisationType, answers");
  }

  @Test
  void namesTheCellThatLacksItsLevelAndAnOrganisationCellThatIsNoPair() {
    String json =
        "{\"round\":\"r1\",\"cells\":[{\"indicator\":\"a\",\"level\":\"national\"},"
            + "{\"indicator\":\"b\"}],"
            + "\"organisations\":[{\"organisation\":\"0180\",\"cells\":{\"a\":{\"\":[1]}}}]}";

    assertThatThrownBy(() -> EventDecoder.decode("e1", json, IndicatorValuesUpdated.class))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("event e1: data lacks required fields cells[1].level, organisations[0].cells");
  }

  @Test
  void refusesAReminderWhoseIdIsNoUuid() {
    String json = "{\"round\":\"r1\",\"organisation\":\"0180\",\"reminder\":\"soon\"}";

    assertThatThrownBy(() -> EventDecoder.decode("e1", json, ReminderRequested.class))
        .hasMessage("event e1: data lacks required fields reminder");
  }

  @Test
  void readsAnEventThatHasWhatItsConsumersRequire() {
    String json =
        "{\"round\":\"r1\",\"organisation\":\"0180\",\"reminder\":"
            + "\"123e4567-e89b-12d3-a456-426614174000\",\"extra\":1}";

    assertThat(EventDecoder.decode("e1", json, ReminderRequested.class).organisation())
        .isEqualTo("0180");
  }
}
