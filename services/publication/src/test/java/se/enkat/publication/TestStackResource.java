package se.enkat.publication;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.enkat.testing.LocalStackTestResource;

/**
 * Declares, once for every @QuarkusTest of this module, the real PostgreSQL database {@code
 * publication} and Kafka broker they run against.
 */
@QuarkusTestResource(
    value = LocalStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "publication"))
public final class TestStackResource {

  private TestStackResource() {}
}
