package se.enkat.indicator;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.enkat.testing.LocalStackTestResource;

/**
 * Declares, once for every @QuarkusTest of this module, the real PostgreSQL database {@code
 * indicator} and Kafka broker they run against.
 */
@QuarkusTestResource(
    value = LocalStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "indicator"))
public final class TestStackResource {

  private TestStackResource() {}
}
