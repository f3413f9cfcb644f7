package se.enkat.collection.service;

import se.enkat.common.problem.ProblemException;

/**
 * Who is calling: an administrator, or a respondent acting for the organisation in its token.
 *
 * @param organisation the respondent's {@code org} claim; null for an administrator or a token
 *     without the claim
 * @param subject the token's subject ({@code sub}), recorded with what the caller does
 * @param name the caller's name as the token gives it ({@code name}, else the user name)
 */
public record Caller(boolean admin, String organisation, String subject, String name) {

  public Caller(boolean admin, String organisation) {
    this(admin, organisation, null, null);
  }

  public static Caller administrator() {
    return new Caller(true, null);
  }

  /** The round scheduler, acting as an administrator would (recorded as "scheduler"). */
  public static Caller scheduler() {
    return new Caller(true, null, "enkat-scheduler", "scheduler");
  }

  public static Caller respondent(String organisation) {
    return new Caller(false, organisation);
  }

  /** The same caller, named: who recorded actions name. */
  public Caller as(String subject, String name) {
    return new Caller(admin, organisation, subject, name);
  }

  /** The actor as shown beside an action: the name, else the subject. */
  public String actor() {
    return name != null ? name : subject;
  }

  /** True when the caller may read and write this organisation's drafts and submissions. */
  public boolean mayActFor(String organisationCode) {
    return admin || (organisation != null && organisation.equals(organisationCode));
  }

  /** Refuses with 403 unless the caller may act for the organisation. */
  public void requireActFor(String organisationCode) {
    if (!mayActFor(organisationCode)) {
      throw ProblemException.forbidden(
          "A respondent may only act for the organisation in its token.");
    }
  }

  /** The respondent's organisation; 403 when the token carries none. */
  public String requireOrganisation() {
    if (organisation == null || organisation.isBlank()) {
      throw ProblemException.forbidden("The token carries no organisation (claim org).");
    }
    return organisation;
  }
}
