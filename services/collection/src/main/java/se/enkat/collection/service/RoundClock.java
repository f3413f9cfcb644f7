package se.enkat.collection.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today's date where the rounds' dates are meant ({@code enkat.rounds.time-zone}, by default
 * Europe/Stockholm): a round opens at the start of {@code opensAt} and an organisation's answers
 * are taken until the end of its {@code closesAt} there.
 */
@ApplicationScoped
public class RoundClock {

  private final ZoneId zone;

  RoundClock(
      @ConfigProperty(name = "enkat.rounds.time-zone", defaultValue = "Europe/Stockholm")
          ZoneId zone) {
    this.zone = zone;
  }

  public LocalDate today() {
    return LocalDate.now(zone);
  }

  public ZoneId zone() {
    return zone;
  }
}
