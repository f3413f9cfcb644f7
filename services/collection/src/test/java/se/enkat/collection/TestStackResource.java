package se.enkat.collection;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.enkat.testing.LocalStackTestResource;
import se.enkat.testing.SmtpTestResource;

/**
 * Declares, once for every @QuarkusTest of this module, the real PostgreSQL database {@code
 * collection} and Kafka broker they run against, and the real SMTP server reminders go to.
 */
@QuarkusTestResource(
    value = LocalStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "collection"))
@QuarkusTestResource(SmtpTestResource.class)
public final class TestStackResource {

  private TestStackResource() {}
}
