package se.enkat.indicator.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * One organisation's latest accepted answers, as indicators see them.
 *
 * @param answers question id to typed value (String, Long, Double, List); absent when unanswered
 */
public record Respondent(
    String organisation, String type, String county, Map<String, Object> answers) {

  /** The {@code org} variable of CEL expressions: code, type and county. */
  public Map<String, String> org() {
    Map<String, String> org = new HashMap<>(4);
    org.put("code", organisation);
    org.put("type", type);
    if (county != null) {
      org.put("county", county);
    }
    return org;
  }
}
