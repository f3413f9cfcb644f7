package se.enkat.collection;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.enkat.testing.LocalStackTestResource;
import se.enkat.testing.SigningKeyTestResource;
import se.enkat.testing.SmtpTestResource;

/**
 * Declares, once for every @QuarkusTest of this module, the real PostgreSQL database {@code
 * collection} and Kafka broker they run against, the real SMTP server reminders go to, and the
 * signing key of the bearer tokens quarkus-oidc verifies (tests that do not name an identity with
 * {@code @TestSecurity} send really signed ones: {@code SignedTokens}).
 */
@QuarkusTestResource(
    value = LocalStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "collection"))
@QuarkusTestResource(SmtpTestResource.class)
@QuarkusTestResource(SigningKeyTestResource.class)
public final class TestStackResource {

  private TestStackResource() {}
}
