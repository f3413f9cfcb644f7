package se.enkat.collection.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An organisation's saved, unsubmitted answers in a round: not validated, not counted. */
@Entity
@Table(name = "submission_draft")
@IdClass(RoundInvitation.Key.class)
public class SubmissionDraft extends PanacheEntityBase {

  @Id
  @Column(name = "round_id")
  public String roundId;

  @Id
  @Column(name = "organisation_code")
  public String organisationCode;

  /** JSON object. */
  @Column(nullable = false)
  public String answers;

  /** JSON object. */
  @Column(nullable = false)
  public String comments;

  @Column(name = "saved_at", nullable = false)
  public OffsetDateTime savedAt;
}
