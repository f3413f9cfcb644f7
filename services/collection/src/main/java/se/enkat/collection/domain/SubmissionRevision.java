package se.enkat.collection.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One submitted revision of an organisation's answers in a round, with its own status. */
@Entity
@Table(name = "submission_revision")
@IdClass(SubmissionRevision.Key.class)
public class SubmissionRevision extends PanacheEntityBase {

  @Id
  @Column(name = "round_id")
  public String roundId;

  @Id
  @Column(name = "organisation_code")
  public String organisationCode;

  @Id public int revision;

  /** JSON object, exactly as submitted. */
  @Column(nullable = false)
  public String answers;

  /** JSON object of comments per question id. */
  @Column(nullable = false)
  public String comments;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public SubmissionStatus status;

  /** JSON array of {question, code, message}; null until judged. */
  public String violations;

  @Column(name = "submitted_at", nullable = false)
  public OffsetDateTime submittedAt;

  @Column(name = "validated_at")
  public OffsetDateTime validatedAt;

  @Column(name = "idempotency_key", nullable = false)
  public String idempotencyKey;

  /** Who submitted it: the token's name, else its subject. */
  @Column(name = "submitted_by")
  public String submittedBy;

  /** Submitted by an administrator on the organisation's behalf. */
  @Column(name = "on_behalf", nullable = false)
  public boolean onBehalf;

  /** Primary key: round, organisation and revision number. */
  public record Key(String roundId, String organisationCode, int revision)
      implements Serializable {}
}
