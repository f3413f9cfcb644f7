package se.enkat.collection.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A questionnaire sent to a population of organisations between two dates. */
@Entity
@Table(name = "survey_round")
public class SurveyRound extends PanacheEntityBase {

  @Id public String id;

  /** JSON: a string or {sv, en}. */
  @Column(nullable = false)
  public String title;

  @Column(name = "questionnaire_id", nullable = false)
  public String questionnaireId;

  @Column(name = "questionnaire_version", nullable = false)
  public int questionnaireVersion;

  /** JSON: {types: [...]} or {organisations: [...]}, as the administrator gave it. */
  @Column(nullable = false)
  public String population;

  @Column(name = "opens_at", nullable = false)
  public LocalDate opensAt;

  @Column(name = "closes_at", nullable = false)
  public LocalDate closesAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public RoundStatus status;

  @Column(name = "created_at", nullable = false)
  public OffsetDateTime createdAt;

  @Column(name = "opened_at")
  public OffsetDateTime openedAt;

  @Column(name = "closed_at")
  public OffsetDateTime closedAt;

  /** Opens by itself on {@code opensAt} (RoundScheduler). */
  @Column(name = "auto_open", nullable = false)
  public boolean autoOpen;

  /** Closes by itself once the last closing date of every organisation has passed. */
  @Column(name = "auto_close", nullable = false)
  public boolean autoClose;
}
