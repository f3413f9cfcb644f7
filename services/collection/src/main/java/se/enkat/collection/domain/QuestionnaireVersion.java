package se.enkat.collection.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One uploaded questionnaire version; immutable once stored. */
@Entity
@Table(name = "questionnaire_version")
@IdClass(QuestionnaireVersion.Key.class)
public class QuestionnaireVersion extends PanacheEntityBase {

  @Id public String id;

  @Id public int version;

  /** The questionnaire JSON in the canonical form QuestionnaireJson writes. */
  @Column(nullable = false)
  public String content;

  /** When it was uploaded (set by the database). */
  @Column(name = "created_at", insertable = false, updatable = false)
  public OffsetDateTime createdAt;

  /** Primary key: questionnaire id and version. */
  public record Key(String id, int version) implements Serializable {}
}
