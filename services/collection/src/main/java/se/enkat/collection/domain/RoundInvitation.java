package se.enkat.collection.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An organisation invited to an open round, as the register described it when the round opened. */
@Entity
@Table(name = "round_invitation")
@IdClass(RoundInvitation.Key.class)
public class RoundInvitation extends PanacheEntityBase {

  @Id
  @Column(name = "round_id")
  public String roundId;

  @Id
  @Column(name = "organisation_code")
  public String organisationCode;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String type;

  @Column(nullable = false)
  public String county;

  /** Primary key: round and organisation. */
  public record Key(String roundId, String organisationCode) implements Serializable {}

  public static RoundInvitation of(String roundId, Organisation organisation) {
    RoundInvitation invitation = new RoundInvitation();
    invitation.roundId = roundId;
    invitation.organisationCode = organisation.code;
    invitation.name = organisation.name;
    invitation.type = organisation.type;
    invitation.county = organisation.county;
    return invitation;
  }
}
