package se.enkat.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.enkat.gateway.web.WebAppRoutes;

class WebAppRoutesTest {

  @Test
  void pagePathsOfTheAppAreAnsweredWithTheApp() {
    assertThat(WebAppRoutes.isPage("/rounds/patientsakerhet-2025")).isTrue();
    assertThat(WebAppRoutes.isPage("/rounds/r1/revisions")).isTrue();
    assertThat(WebAppRoutes.isPage("/apis")).isTrue();
  }

  @Test
  void theApiQuarkusEndpointsAndFilesAreNotPages() {
    assertThat(WebAppRoutes.isPage("/api/v1/rounds")).isFalse();
    assertThat(WebAppRoutes.isPage("/api")).isFalse();
    assertThat(WebAppRoutes.isPage("/q/health/ready")).isFalse();
    assertThat(WebAppRoutes.isPage("/assets/index-abc.js")).isFalse();
    assertThat(WebAppRoutes.isPage("/favicon.ico")).isFalse();
  }
}
