package se.enkat.gateway.proxy;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service owns which {@code /api/v1} path. The first matching rule wins, so the specific
 * round sub-resources come before the collection service's catch-all for rounds. Keep in step with
 * docs/gateway.md.
 */
public final class RouteTable {

  private record Rule(Pattern path, Upstream upstream) {}

  private static final List<Rule> RULES =
      List.of(
          rule("/api/v1/rounds/[^/]+/validation-summary", Upstream.VALIDATION),
          rule("/api/v1/rounds/[^/]+/indicators(/.*)?", Upstream.INDICATOR),
          rule("/api/v1/rounds/[^/]+/releases(/.*)?", Upstream.PUBLICATION),
          rule("/api/v1/releases(/.*)?", Upstream.PUBLICATION),
          rule("/api/v1/published(/.*)?", Upstream.PUBLICATION),
          rule("/api/v1/counties", Upstream.PUBLICATION),
          rule("/api/v1/rounds(/.*)?", Upstream.COLLECTION),
          rule("/api/v1/organisations(/.*)?", Upstream.COLLECTION),
          rule("/api/v1/questionnaires(/.*)?", Upstream.COLLECTION),
          rule("/api/v1/admin/dead-letters(/.*)?", Upstream.COLLECTION));

  private RouteTable() {}

  public static Optional<Upstream> route(String path) {
    return RULES.stream()
        .filter(rule -> rule.path().matcher(path).matches())
        .map(Rule::upstream)
        .findFirst();
  }

  private static Rule rule(String regex, Upstream upstream) {
    return new Rule(Pattern.compile(regex), upstream);
  }
}
