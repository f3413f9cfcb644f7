package se.enkat.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plays every respondent's script through the gateway on a small thread pool, each with its own
 * token (so its own rate-limit bucket): drafts, submissions with an {@code Idempotency-Key}, and
 * waiting for each verdict until the final revision is ACCEPTED.
 */
final class Respondents {

  private final Api api;
  private final Tokens tokens;
  private final String gateway;
  private final String round;
  private final Duration verdictTimeout;

  Respondents(Api api, Tokens tokens, String gatewayUrl, String round, Duration verdictTimeout) {
    this.api = api;
    this.tokens = tokens;
    this.gateway = gatewayUrl + "/api/v1/rounds/" + round + "/submissions/";
    this.round = round;
    this.verdictTimeout = verdictTimeout;
  }

  List<RespondentOutcome> run(List<RespondentScript> scripts, int threads, ProgressBar progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<RespondentOutcome>> futures = new ArrayList<>();
      for (RespondentScript script : scripts) {
        futures.add(
            pool.submit(
                () -> {
                  RespondentOutcome outcome = play(script);
                  progress.step();
                  return outcome;
                }));
      }
      List<RespondentOutcome> outcomes = new ArrayList<>();
      for (Future<RespondentOutcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new DemoException("a respondent failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private RespondentOutcome play(RespondentScript script) {
    String code = script.organisation().code();
    String token =
        tokens.user(KeycloakAccounts.username(script.organisation()), Tokens.DEMO_PASSWORD);
    long tokenAt = System.currentTimeMillis();
    List<String> rejections = new ArrayList<>();
    int drafts = 0;
    int accepted = 0;
    for (int i = 0; i < script.steps().size(); i++) {
      if (System.currentTimeMillis() - tokenAt > 240_000) {
        token = tokens.user(KeycloakAccounts.username(script.organisation()), Tokens.DEMO_PASSWORD);
        tokenAt = System.currentTimeMillis();
      }
      Step step = script.steps().get(i);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("answers", step.answers());
      body.put("comments", step.comments());
      if (step.kind() == Step.Kind.DRAFT) {
        api.put(gateway + code + "/draft", token, body)
            .expect("PUT submissions/" + code + "/draft", 200, 201, 204);
        drafts++;
        continue;
      }
      String key = round + "/" + code + "/step-" + i;
      int revision =
          api.post(gateway + code, token, body, Map.of("Idempotency-Key", key))
              .expect("POST submissions/" + code + " (" + step.why() + ")", 202)
              .json()
              .path("revision")
              .asInt();
      JsonNode verdict = verdict(code, revision, token);
      String status = verdict.path("status").asText();
      if (step.meantToBeRejected()) {
        if (!"REJECTED".equals(status)) {
          throw new DemoException(
              code + " " + step.why() + ": expected REJECTED, got " + status + ": " + verdict);
        }
        rejections.add(step.why() + " → REJECTED " + violations(verdict.path("violations")));
      } else if (!"ACCEPTED".equals(status)) {
        throw new DemoException(
            code
                + " revision "
                + revision
                + " ("
                + step.why()
                + ") was "
                + status
                + ": "
                + Api.abbreviated(verdict.path("violations").toString()));
      } else {
        accepted = revision;
      }
    }
    return new RespondentOutcome(code, rejections, accepted, drafts);
  }

  /** Polls the latest revision until validation has judged {@code revision}. */
  private JsonNode verdict(String code, int revision, String token) {
    return Poll.until(
        "GET submissions/" + code + " (verdict on revision " + revision + ")",
        verdictTimeout,
        500,
        () -> {
          JsonNode latest =
              api.get(gateway + code, token).expect("GET submissions/" + code, 200).json();
          boolean judged =
              latest.path("revision").asInt() == revision
                  && !"RECEIVED".equals(latest.path("status").asText());
          return judged ? latest : null;
        });
  }

  private static String violations(JsonNode violations) {
    List<String> reasons = new ArrayList<>();
    for (JsonNode violation : violations) {
      reasons.add(violation.path("code").asText() + " " + violation.path("question").asText());
    }
    return String.join(", ", reasons);
  }
}
