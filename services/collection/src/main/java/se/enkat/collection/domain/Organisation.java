package se.enkat.collection.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A care provider that can be invited to answer: a region, municipality or city district. */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

  @Id public String code;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String type;

  @Column(nullable = false)
  public String county;

  @Column(name = "updated_at", nullable = false)
  public OffsetDateTime updatedAt;
}
