package se.enkat.publication.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.enkat.publication.domain.PublishedRelease;

/** Which release stands for which year in a series: plain JDBC, like the other published reads. */
@ApplicationScoped
public class SeriesRepository {

  // Per round its latest published version; per year (the year the round opened) the round whose
  // latest release was published last, so a repeated round of the same year replaces the earlier.
  private static final String RELEASES_BY_YEAR =
      "with latest as (select distinct on (round_id) round_id, release_id, version, published_at"
          + " from release where status = 'PUBLISHED' order by round_id, version desc),"
          + " dated as (select l.*, cast(coalesce(extract(year from r.opens_at),"
          + " extract(year from l.published_at)) as int) as year"
          + " from latest l left join round r on r.round_id = l.round_id)"
          + " select distinct on (year) year, round_id, release_id, version, published_at"
          + " from dated order by year, published_at desc";

  private final AgroalDataSource dataSource;

  SeriesRepository(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One year's release. */
  public record YearRelease(int year, PublishedRelease release) {}

  /** The release of each year, oldest year first. */
  public List<YearRelease> releasesByYear() {
    List<YearRelease> years = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(RELEASES_BY_YEAR);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        years.add(
            new YearRelease(
                rs.getInt(1),
                new PublishedRelease(
                    (UUID) rs.getObject(3),
                    rs.getString(2),
                    rs.getInt(4),
                    Timestamps.of(rs.getObject(5, OffsetDateTime.class)))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the releases of a series failed: " + e.getMessage(), e);
    }
    return years;
  }
}
