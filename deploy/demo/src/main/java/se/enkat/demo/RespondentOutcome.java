package se.enkat.demo;

import java.util.List;

/** What one respondent went through: drafts, the rejections it fixed, its accepted revision. */
public record RespondentOutcome(
    String organisation, List<String> rejections, int acceptedRevision, int drafts) {}
