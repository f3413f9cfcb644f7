package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import se.enkat.demo.Api;
import se.enkat.demo.Published;
import se.enkat.demo.PublishedValue;
import se.enkat.demo.RoundAdmin;
import se.enkat.demo.Tokens;
import se.enkat.stack.StackConfig;

/**
 * The fault campaign (issue 14, issue 22): respondents submit steadily through the gateway while
 * parts of the stack are killed or stopped in turn and the supervisor brings them back; then the
 * round is closed and everything acknowledged is checked where it lives. {@code
 * -Denkat.campaign=full} runs every fault ({@link CampaignPlan}); the report goes to {@code
 * target/campaign-<name>.md} (docs/reliability.md keeps the last full one).
 */
@Order(Integer.MAX_VALUE - 1)
class FaultCampaignIT {

  private static final Duration RELEASE_WITHIN = Duration.ofMinutes(5);

  @Test
  void everyAcknowledgedSubmissionSurvivesEveryFaultAndIsCountedOnce() throws Exception {
    CampaignPlan plan = CampaignPlan.fromSystemProperties();
    StackConfig stack = E2eStack.get();
    E2eHttp http = new E2eHttp(stack);
    CampaignRound setUp =
        new CampaignRound(http, "campaign-" + plan.name(), plan.regions(), plan.municipalities());
    String round = setUp.id;
    Api api = setUp.api;
    Tokens tokens = setUp.tokens;
    RoundAdmin admin = setUp.admin;

    CampaignChecks checks = new CampaignChecks(stack, round);
    CampaignFaults faults = new CampaignFaults(E2eStack.supervisor(), E2eStack.parts(), checks);
    CampaignLedger ledger = new CampaignLedger();
    SubmissionLoad load =
        new SubmissionLoad(
            http,
            tokens,
            round,
            setUp.answerSets,
            ledger,
            plan.threads(),
            plan.submissionsPerSecond());
    CampaignReport report = new CampaignReport(plan, round);
    Instant began = Instant.now();
    load.start();
    E2eHttp.sleep(plan.loadBeforeFirstFault());
    for (CampaignPlan.Fault fault : plan.faults()) {
      Instant start = Instant.now();
      faults.inflict(fault);
      Instant back = Instant.now();
      E2eHttp.sleep(plan.loadAfterRecovery());
      load.pause();
      Instant drained = awaitDrained(checks, plan.drainTimeout());
      report.window(fault.name(), start, back, drained);
      load.resume();
    }
    load.stop();
    admin.close(round);
    Instant drained = awaitDrained(checks, plan.drainTimeout());
    report.window("round closed", Instant.now(), Instant.now(), drained);
    report.load(began, ledger, load.failures(), load.unexpected());

    Map<String, long[]> tally =
        CampaignTally.count(setUp.questionnaire, ledger.latestAccepted(), setUp.types());
    report.stored(ledger, checks.revisions(), checks.stillReceived(), checks.unsentOutboxRows());
    report.deadLetters(checks.deadLetters());
    report.indicator(
        CampaignTally.differences(
            tally,
            Published.byKey(
                api.get(
                        http.gateway()
                            + "/api/v1/rounds/"
                            + round
                            + "/indicators/values?level=national",
                        tokens.admin())
                    .expect("GET indicator values", 200)
                    .json())),
        tally.size());
    String releaseId = admin.createRelease(round, RELEASE_WITHIN);
    admin.publish(releaseId);
    Map<String, PublishedValue> released =
        new Published(api, tokens, http.gateway()).nationalValues(round, RELEASE_WITHIN);
    report.release(releaseId, CampaignTally.differences(tally, released));
    report.ready(checks.notReady());

    String text = report.markdown();
    System.out.println(text);
    Path file = Path.of("target", "campaign-" + plan.name() + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    assertThat(report.problems()).as(text).isEmpty();
  }

  private static Instant awaitDrained(CampaignChecks checks, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (checks.drained()) {
        return Instant.now();
      }
      E2eHttp.sleep(Duration.ofMillis(250));
    }
    return null;
  }
}
