package se.enkat.collection.service;

import se.enkat.common.problem.ProblemException;

/**
 * Who is calling: an administrator, or a respondent acting for the organisation in its token.
 *
 * @param organisation the respondent's {@code org} claim; null for an administrator or a token
 *     without the claim
 */
public record Caller(boolean admin, String organisation) {

  public static Caller administrator() {
    return new Caller(true, null);
  }

  public static Caller respondent(String organisation) {
    return new Caller(false, organisation);
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
