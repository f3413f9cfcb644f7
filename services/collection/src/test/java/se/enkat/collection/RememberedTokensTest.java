package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.enkat.security.VerifiedTokens;
import se.enkat.testing.SignedTokens;

/**
 * With really signed bearer tokens through quarkus-oidc's full check: a token verified once is
 * answered from memory (platform/security {@link VerifiedTokens}) with the same roles and
 * organisation, and nothing but that exact, unexpired token is.
 */
@QuarkusTest
class RememberedTokensTest {

  @Inject TestData data;
  @Inject VerifiedTokens verified;

  private SignedTokens tokens;

  @BeforeEach
  void keys() {
    tokens = SignedTokens.ofThisApplication();
  }

  @Test
  void aTokenAnsweredFromMemoryKeepsItsRolesAndOrganisation() {
    String round = data.openRound("mem", List.of("0180", "0114"));
    String token = tokens.respondent("stockholm", "0180", Instant.now().plusSeconds(300));

    submit(token, round, "0180").then().statusCode(202).body("revision", equalTo(1));
    assertThat(verified.remembers(token)).isTrue();
    long answered = verified.answered();

    // the next five requests are answered from memory: the same organisation, role and name
    submit(token, round, "0180").then().statusCode(202).body("revision", equalTo(2));
    as(token)
        .get(Api.submissionPath(round, "0180"))
        .then()
        .statusCode(200)
        .body("revision", equalTo(2))
        .body("submittedBy", equalTo("stockholm"));
    as(token).get("/api/v1/rounds").then().statusCode(200).body("id", hasItem(round));
    submit(token, round, "0114").then().statusCode(403);
    as(token).get("/api/v1/rounds/" + round + "/progress").then().statusCode(403);
    assertThat(data.revisions(round)).isEqualTo(2);
    assertThat(verified.answered() - answered).isEqualTo(5);

    String admin = tokens.admin("admin", Instant.now().plusSeconds(300));
    for (int i = 0; i < 2; i++) {
      as(admin).get("/api/v1/rounds/" + round + "/progress").then().statusCode(200);
    }
    assertThat(verified.remembers(admin)).isTrue();
    assertThat(verified.answered() - answered).isEqualTo(6);
  }

  @Test
  void aTokenChangedInOneCharacterAfterTheGoodOneWasRememberedIs401() {
    String round = data.openRound("edit", List.of("0180", "0114"));
    String token = tokens.respondent("stockholm", "0180", Instant.now().plusSeconds(300));
    submit(token, round, "0180").then().statusCode(202);
    assertThat(verified.remembers(token)).isTrue();
    long answered = verified.answered();

    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String otherOrganisation =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                payload.replace("\"0180\"", "\"0114\"").getBytes(StandardCharsets.UTF_8));
    for (String edited :
        List.of(
            parts[0] + "." + changeOneCharacter(parts[1]) + "." + parts[2],
            parts[0] + "." + parts[1] + "." + changeOneCharacter(parts[2]),
            parts[0] + "." + otherOrganisation + "." + parts[2])) {
      for (String organisation : List.of("0180", "0114")) {
        submit(edited, round, organisation)
            .then()
            .statusCode(401)
            .contentType("application/problem+json");
      }
      assertThat(verified.remembers(edited)).isFalse();
    }
    assertThat(data.revisions(round)).isEqualTo(1);
    assertThat(verified.answered()).isEqualTo(answered);
    // the good token is still answered, from memory
    submit(token, round, "0180").then().statusCode(202).body("revision", equalTo(2));
    assertThat(verified.answered() - answered).isEqualTo(1);
  }

  @Test
  void anExpiredTokenIsNotAnsweredFromMemory() {
    String round = data.openRound("exp", List.of("0180"));
    Instant expires = Instant.now().plusSeconds(3);
    String token = tokens.respondent("stockholm", "0180", expires);
    submit(token, round, "0180").then().statusCode(202);
    assertThat(verified.remembers(token)).isTrue();
    long answered = verified.answered();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Instant.now().isAfter(expires.plusMillis(10)));

    submit(token, round, "0180").then().statusCode(401).contentType("application/problem+json");
    as(token).get(Api.submissionPath(round, "0180")).then().statusCode(401);
    assertThat(verified.remembers(token)).isFalse();
    assertThat(verified.answered()).isEqualTo(answered);
    assertThat(data.revisions(round)).isEqualTo(1);
  }

  private static RequestSpecification as(String token) {
    return given().header("Authorization", "Bearer " + token);
  }

  private static Response submit(String token, String round, String organisation) {
    return as(token)
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", UUID.randomUUID().toString())
        .body(Api.ANSWERS)
        .post(Api.submissionPath(round, organisation));
  }

  /**
   * The same text with the character in the middle replaced by another Base64url character (in the
   * middle, not at the end: the last character of a segment can carry unused bits only).
   */
  private static String changeOneCharacter(String segment) {
    int middle = segment.length() / 2;
    char replacement = segment.charAt(middle) == 'A' ? 'B' : 'A';
    return segment.substring(0, middle) + replacement + segment.substring(middle + 1);
  }
}
