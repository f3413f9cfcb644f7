package se.enkat.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.net.SocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UpstreamInstancesTest {

  @Test
  void eachRequestStartsAtTheNextInstanceInTurn() {
    UpstreamInstances instances = UpstreamInstances.of("http://a:1, http://b:2,http://c:3");

    assertThat(instances.size()).isEqualTo(3);
    assertThat(instances.order()).containsExactly(0, 1, 2);
    assertThat(instances.order()).containsExactly(1, 2, 0);
    assertThat(instances.order()).containsExactly(2, 0, 1);
    assertThat(instances.order()).containsExactly(0, 1, 2);
  }

  @Test
  void aBenchedInstanceIsTriedLastUntilItsBenchTimeIsOver() {
    AtomicLong now = new AtomicLong(1_000);
    UpstreamInstances instances =
        new UpstreamInstances(
            List.of(
                SocketAddress.inetSocketAddress(1, "a"), SocketAddress.inetSocketAddress(2, "b")),
            now::get);
    instances.bench(0);

    assertThat(instances.order()).containsExactly(1, 0);
    assertThat(instances.order()).containsExactly(1, 0);

    now.addAndGet(UpstreamInstances.BENCH_NANOS + 1);
    assertThat(instances.order()).containsExactly(0, 1);
  }
}
