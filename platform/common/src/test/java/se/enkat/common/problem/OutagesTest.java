package se.enkat.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.pgclient.PgException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL saying "not now" (recovering, starting, shutting down, full) is an outage the client
 * retries (503 with Retry-After), told by its SQLSTATE whatever the message says; a refused
 * statement is not.
 */
class OutagesTest {

  private final ProblemMappers mappers = new ProblemMappers();

  @Test
  void aDatabaseNotYetAcceptingConnectionsIsA503WithRetryAfter() {
    // what collection answered 500 for while PostgreSQL recovered from an immediate shutdown
    PgException recovering =
        new PgException(
            "the database system is not yet accepting connections", "FATAL", "57P03", null);

    Response response = mappers.unexpected(new CompletionException(recovering));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
    Problem problem = (Problem) response.getEntity();
    assertThat(problem.type()).isEqualTo("https://enkat.se/problems/unavailable");
    assertThat(problem.detail()).doesNotContain("57P03", "PgException");
  }

  @Test
  void shutdownsRecoveryAndLostConnectionsAreOutagesByTheirCodeInAnyLanguage() {
    assertThat(Outages.isOutage(pg("databassystemet startar upp", "57P03"))).isTrue();
    assertThat(Outages.isOutage(pg("avslutar uppkoppling på grund av order", "57P01"))).isTrue();
    assertThat(Outages.isOutage(pg("avslutar uppkoppling då en annan process krashat", "57P02")))
        .isTrue();
    assertThat(Outages.isOutage(pg("too many connections for role \"collection\"", "53300")))
        .isTrue();
    assertThat(Outages.isOutage(pg("could not receive data from client", "08006"))).isTrue();
    assertThat(Outages.isOutage(new SQLTransientConnectionException("no route", "08001"))).isTrue();
  }

  @Test
  void keycloakOutOfReachOrNotReadyIsAnOutageABadTokenIsNot() {
    // refused connection (Keycloak down) and an error status (Keycloak starting: its listener
    // answers before the realm is ready); the second has no connection failure among its causes
    assertThat(
            Outages.isOutage(
                new OIDCException(
                    "OIDC Server is not available", new ConnectException("Connection refused"))))
        .isTrue();
    OIDCException notReady =
        new OIDCException("OIDC Server is not available", new OidcEndpointAccessException(503));
    assertThat(Outages.isOutage(notReady)).isTrue();
    assertThat(mappers.unexpected(notReady).getStatus()).isEqualTo(503);

    assertThat(Outages.isOutage(new AuthenticationFailedException("signature"))).isFalse();
    assertThat(mappers.authenticationFailed(new AuthenticationFailedException()).getStatus())
        .isEqualTo(401);
  }

  @Test
  void aRefusedStatementIsNoOutageAndStaysA500() {
    PgException duplicate = pg("duplicate key value violates unique constraint", "23505");
    PgException missing = pg("relation \"submissions\" does not exist", "42P01");

    assertThat(Outages.isOutage(duplicate)).isFalse();
    assertThat(Outages.isOutage(missing)).isFalse();
    assertThat(mappers.unexpected(missing).getStatus()).isEqualTo(500);
  }

  private static PgException pg(String message, String sqlState) {
    return new PgException(message, "FATAL", sqlState, null);
  }
}
