package se.enkat.validation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.enkat.validation.messaging.TestEvents.TIMEOUT;
import static se.enkat.validation.messaging.TestEvents.awaitVerdicts;
import static se.enkat.validation.messaging.TestEvents.byKey;
import static se.enkat.validation.messaging.TestEvents.key;
import static se.enkat.validation.messaging.TestEvents.openRound;
import static se.enkat.validation.messaging.TestEvents.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.CloudEventHeaders;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.Topics;
import se.enkat.messaging.deadletter.DeadLetterQueues;
import se.enkat.messaging.deadletter.DeadLetterQueues.Letter;
import se.enkat.testing.TestRecord;
import se.enkat.validation.Submissions2025;

/**
 * An operator's path: a good submission is dead-lettered because of a fault of the service's
 * environment that no retry fixes (here: its verdict table renamed away), the operator lists it
 * with its reason, fixes the cause and replays it; it is then judged once, as if nothing happened.
 */
@QuarkusTest
class DeadLetterReplayTest {

  @Inject Pool pool;
  @Inject DeadLetterQueues queues;

  private final TopicWatcher deadLetters = TestEvents.deadLetters();

  @AfterEach
  void putTheTableBack() {
    sql("alter table if exists verdict_moved_away rename to verdict");
  }

  @Test
  void aDeadLetteredSubmissionIsListedWithItsReasonAndJudgedOnceReplayedAfterTheFix() {
    String round = openRound();
    String org = Submissions2025.STOCKHOLM;
    await()
        .atMost(TIMEOUT)
        .until(() -> count("select count(*) from round where round_id = $1", round) == 1);
    sql("alter table verdict rename to verdict_moved_away");

    String eventId = submit(round, org, 1, Submissions2025.validMunicipalityAnswers());

    TopicWatcher.Seen dead = deadLetters.await(byKey(key(round, org)), 1, TIMEOUT).get(0);
    assertThat(dead.record().header("dead-letter-reason"))
        .contains("failed 5 times")
        .contains("verdict");
    Letter listed = waitingLetter(eventId);
    assertThat(listed.eventType()).isEqualTo(EventTypes.SUBMISSION_RECEIVED);
    assertThat(listed.reason()).contains("verdict");
    assertThat(listed.fromTopic()).isEqualTo(Topics.SUBMISSIONS);

    sql("alter table verdict_moved_away rename to verdict");
    assertThat(queues.replay(Topics.SUBMISSIONS)).isGreaterThanOrEqualTo(1);

    List<TestRecord> verdicts = awaitVerdicts(round, org, 1);
    assertThat(verdicts).hasSize(1);
    assertThat(verdicts.get(0).header(CloudEventHeaders.TYPE))
        .isEqualTo(EventTypes.SUBMISSION_ACCEPTED);
    assertThat(queues.waiting(Topics.SUBMISSIONS))
        .extracting(Letter::eventId)
        .doesNotContain(eventId);
    // Replaying again sends nothing of it back: the letter is marked replayed.
    queues.replay(Topics.SUBMISSIONS);
    assertThat(count("select count(*) from verdict where round_id = $1", round)).isEqualTo(1);
  }

  private long count(String sql, String parameter) {
    return pool.preparedQuery(sql)
        .execute(io.vertx.mutiny.sqlclient.Tuple.of(parameter))
        .map(rows -> rows.iterator().next().getLong(0))
        .await()
        .atMost(Duration.ofSeconds(10));
  }

  private Letter waitingLetter(String eventId) {
    return await()
        .atMost(TIMEOUT)
        .until(
            () ->
                queues.waiting(Topics.SUBMISSIONS).stream()
                    .filter(letter -> eventId.equals(letter.eventId()))
                    .findFirst()
                    .orElse(null),
            letter -> letter != null);
  }

  private void sql(String statement) {
    pool.query(statement).execute().await().atMost(Duration.ofSeconds(10));
  }
}
