package se.enkat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The load generator's cheap parts: the revision read from a 202 and the Idempotency-Key. */
class SubmissionClientTest {

  @Test
  void theRevisionIsReadFromTheAcknowledgement() {
    assertThat(
            SubmissionClient.revision(
                Buffer.buffer(
                    "{\"round\":\"load-20261203-1020\",\"organisation\":\"0180\","
                        + "\"revision\":1234,\"status\":\"RECEIVED\"}")))
        .isEqualTo(1234);
    assertThat(SubmissionClient.revision(Buffer.buffer("{ \"revision\" : 7 }"))).isEqualTo(7);
    assertThat(SubmissionClient.revision(Buffer.buffer("{\"revision\":\n3}"))).isEqualTo(3);
  }

  @Test
  void aValueThatMerelyReadsRevisionIsNotTheKey() {
    assertThat(
            SubmissionClient.revision(
                Buffer.buffer("{\"status\":\"revision\",\"revision\":12,\"round\":\"r\"}")))
        .isEqualTo(12);
  }

  @Test
  void aBodyWithoutARevisionGivesZeroAsJacksonDid() {
    assertThat(SubmissionClient.revision(Buffer.buffer("{\"status\":\"RECEIVED\"}"))).isZero();
    assertThat(SubmissionClient.revision(Buffer.buffer(""))).isZero();
    assertThat(SubmissionClient.revision(Buffer.buffer("{\"revision\""))).isZero();
  }

  @Test
  void idempotencyKeysAreDistinctVersion4Uuids() {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String key = SubmissionClient.randomUuid();
      UUID uuid = UUID.fromString(key);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2); // RFC 4122
      assertThat(key).hasSize(36).isEqualTo(key.toLowerCase(java.util.Locale.ROOT));
      keys.add(key);
    }
    assertThat(keys).hasSize(10_000);
  }
}
