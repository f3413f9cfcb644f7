package se.enkat.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.enkat.gateway.proxy.RouteTable;
import se.enkat.gateway.proxy.Upstream;

class RouteTableTest {

  @Test
  void roundSubResourcesGoToTheServiceThatOwnsThem() {
    assertThat(RouteTable.route("/api/v1/rounds/r1/validation-summary"))
        .contains(Upstream.VALIDATION);
    assertThat(RouteTable.route("/api/v1/rounds/r1/indicators/values"))
        .contains(Upstream.INDICATOR);
    assertThat(RouteTable.route("/api/v1/rounds/r1/releases")).contains(Upstream.PUBLICATION);
    assertThat(RouteTable.route("/api/v1/rounds/r1/submissions/0180"))
        .contains(Upstream.COLLECTION);
    assertThat(RouteTable.route("/api/v1/rounds")).contains(Upstream.COLLECTION);
  }

  @Test
  void publishedApiAndReleasesGoToPublication() {
    assertThat(RouteTable.route("/api/v1/published/rounds/r1/values"))
        .contains(Upstream.PUBLICATION);
    assertThat(RouteTable.route("/api/v1/releases/abc/publish")).contains(Upstream.PUBLICATION);
    assertThat(RouteTable.route("/api/v1/published/series/plan.exists"))
        .contains(Upstream.PUBLICATION);
    assertThat(RouteTable.route("/api/v1/counties")).contains(Upstream.PUBLICATION);
  }

  @Test
  void unknownPathsHaveNoRoute() {
    assertThat(RouteTable.route("/api/v1/unknown")).isEmpty();
    assertThat(RouteTable.route("/api/v1/organisationsX")).isEmpty();
  }
}
