package se.enkat.indicator.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.enkat.indicator.domain.Cell;
import se.enkat.indicator.domain.CellKey;
import se.enkat.indicator.domain.Count;
import se.enkat.indicator.domain.Level;
import se.enkat.indicator.domain.OrganisationRow;
import se.enkat.messaging.sql.Chunks;
import se.enkat.messaging.sql.NativeSql;

/**
 * The value cells. National and county cells are rows of {@code indicator_value}; an organisation's
 * cells are one JSON row of {@code organisation_value} (V2 migration says why). Changes are written
 * as one statement per batch, never one round trip per cell: the cells travel as one JSON array.
 */
@ApplicationScoped
public class IndicatorValueRepository {

  private static final String COLUMNS =
      "indicator_id, level, nullif(org_type, ''), nullif(county, ''), nullif(organisation, ''),"
          + " nullif(category, ''), numerator, denominator";

  // Rows are sorted so that concurrent writers would lock cells in the same order.
  private static final String ADD =
      "with added as (insert into indicator_value (round_id, indicator_id, level, org_type,"
          + " county, organisation, category, numerator, denominator)"
          + " select ?1, c.i, c.l, c.t, c.c, c.o, c.k, c.n, c.d"
          + " from jsonb_to_recordset(cast(cast(?2 as text) as jsonb)) as c(i text, l text,"
          + " t text, c text, o text, k text, n bigint, d bigint)"
          + " order by c.i, c.l, c.t, c.c, c.o, c.k"
          + " on conflict (round_id, indicator_id, level, org_type, county, organisation,"
          + " category) do update set"
          + " numerator = indicator_value.numerator + excluded.numerator,"
          + " denominator = indicator_value.denominator + excluded.denominator"
          + " returning "
          + COLUMNS
          + ") select * from added";

  // Only the cells named (found through the primary key), never a scan of the round's cells.
  private static final String DELETE_EMPTY =
      "delete from indicator_value v using jsonb_to_recordset(cast(cast(?2 as text) as jsonb))"
          + " as c(i text, l text, t text, c text, o text, k text, n bigint, d bigint)"
          + " where v.round_id = ?1 and v.indicator_id = c.i and v.level = c.l"
          + " and v.org_type = c.t and v.county = c.c and v.organisation = c.o"
          + " and v.category = c.k and v.denominator = 0";

  private static final String DELETE_ROUND = "delete from indicator_value where round_id = ?1";

  private static final String DELETE_ROUND_ORGANISATIONS =
      "delete from organisation_value where round_id = ?1";

  private static final String ORGANISATION_CELLS =
      "select organisation, cast(cells as text) from organisation_value where round_id = ?1"
          + " and organisation in"
          + " (select jsonb_array_elements_text(cast(cast(?2 as text) as jsonb)))";

  private static final String WRITE_ORGANISATIONS =
      "insert into organisation_value (round_id, organisation, org_type, county, cells)"
          + " select ?1, x.o, x.t, x.c, x.v"
          + " from json_to_recordset(cast(cast(?2 as text) as json))"
          + " as x(o text, t text, c text, v json) order by x.o"
          + " on conflict (round_id, organisation) do update set org_type = excluded.org_type,"
          + " county = excluded.county, cells = excluded.cells";

  // Every cell of a round in one shape: national and county rows as they are, and each
  // organisation's JSON row spread out into one row per indicator and category.
  private static final String ALL_CELLS =
      "select indicator_id, level, nullif(org_type, '') as org_type, nullif(county, '') as county,"
          + " nullif(organisation, '') as organisation, nullif(category, '') as category,"
          + " numerator, denominator from indicator_value where round_id = ?1"
          + " union all"
          + " select i.key, 'organisation', ov.org_type, ov.county, ov.organisation,"
          + " nullif(c.key, ''), cast(c.value ->> 0 as bigint), cast(c.value ->> 1 as bigint)"
          + " from organisation_value ov cross join lateral json_each(ov.cells) as i"
          + " cross join lateral json_each(i.value) as c where ov.round_id = ?1";

  private static final String CELL_COLUMNS =
      "indicator_id, level, org_type, county, organisation, category, numerator, denominator";

  private static final String BY_ROUND = "select " + CELL_COLUMNS + " from (" + ALL_CELLS + ") v";

  private static final String QUERY =
      "select "
          + CELL_COLUMNS
          + " from ("
          + ALL_CELLS
          + ") v where denominator > 0"
          + " and (cast(?2 as text) is null or level = ?2)"
          + " and (cast(?3 as text) is null or org_type = ?3)"
          + " and (cast(?4 as text) is null or county = ?4)"
          + " and (cast(?5 as text) is null or organisation = ?5)"
          + " and (cast(?6 as text) is null or indicator_id = ?6)"
          + " order by indicator_id, level, coalesce(org_type, ''), coalesce(county, ''),"
          + " coalesce(organisation, ''), coalesce(category, '')";

  private final ObjectMapper json;

  IndicatorValueRepository(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Adds each change to its cell (creating cells as needed) and emits the changed cells with their
   * new counts. Cells whose denominator fell to 0 are then deleted: they are emitted as 0/0.
   */
  public Uni<List<Cell>> add(String round, Map<CellKey, Count> changes) {
    Map<CellKey, Count> shared = new HashMap<>();
    Map<String, Map<CellKey, Count>> byOrganisation = new TreeMap<>();
    changes.forEach(
        (key, count) -> {
          if (key.level() == Level.ORGANISATION) {
            byOrganisation
                .computeIfAbsent(key.organisation(), o -> new HashMap<>())
                .put(key, count);
          } else {
            shared.put(key, count);
          }
        });
    return addShared(round, shared)
        .chain(
            sharedCells ->
                addToOrganisations(round, byOrganisation)
                    .map(
                        organisationCells -> {
                          List<Cell> cells = new ArrayList<>(sharedCells);
                          cells.addAll(organisationCells);
                          return cells;
                        }));
  }

  /**
   * Adds each change to its national or county cell, as {@link #add} does; emits the changed cells
   * with their new counts.
   */
  public Uni<List<Cell>> addShared(String round, Map<CellKey, Count> changes) {
    if (changes.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return NativeSql.rows(ADD, round, write(changes))
        .map(IndicatorValueRepository::toCells)
        .chain(cells -> deleteEmpty(round, cells).replaceWith(cells));
  }

  /**
   * Reads the JSON rows of the organisations changed, adds the changes in memory (the caller holds
   * the round's lock), and writes the rows back: two statements for any number of organisations.
   */
  private Uni<List<Cell>> addToOrganisations(
      String round, Map<String, Map<CellKey, Count>> byOrganisation) {
    if (byOrganisation.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return NativeSql.rows(ORGANISATION_CELLS, round, writeJson(byOrganisation.keySet()))
        .chain(
            rows -> {
              Map<String, ObjectNode> stored = new HashMap<>();
              for (Object[] row : rows) {
                stored.put((String) row[0], readCells((String) row[1]));
              }
              List<Cell> changed = new ArrayList<>();
              ArrayNode written = json.createArrayNode();
              byOrganisation.forEach(
                  (organisation, changes) -> {
                    ObjectNode cells = stored.getOrDefault(organisation, json.createObjectNode());
                    CellKey any = changes.keySet().iterator().next();
                    changes.forEach((key, count) -> changed.add(addTo(cells, key, count)));
                    ObjectNode row = written.addObject();
                    row.put("o", organisation);
                    row.put("t", any.type());
                    row.put("c", any.county());
                    row.set("v", cells);
                  });
              return NativeSql.update(WRITE_ORGANISATIONS, round, written.toString())
                  .replaceWith(changed);
            });
  }

  /**
   * Replaces the organisation rows given, each with all its cells: one statement per {@value
   * AnswerSetRepository#ORGANISATIONS_PER_STATEMENT} organisations (that class says why).
   */
  public Uni<Void> replaceOrganisations(String round, List<OrganisationRow> rows) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (List<OrganisationRow> chunk :
        Chunks.of(rows, AnswerSetRepository.ORGANISATIONS_PER_STATEMENT)) {
      chain = chain.chain(() -> writeOrganisations(round, chunk));
    }
    return chain;
  }

  private Uni<Void> writeOrganisations(String round, List<OrganisationRow> rows) {
    List<Map<String, Object>> written = new ArrayList<>(rows.size());
    for (OrganisationRow row : rows) {
      Map<String, Object> x = new HashMap<>(8);
      x.put("o", row.organisation());
      x.put("t", row.type());
      x.put("c", row.county());
      x.put("v", row.cellsAsJson());
      written.add(x);
    }
    return NativeSql.update(WRITE_ORGANISATIONS, round, writeJson(written)).replaceWithVoid();
  }

  /** Adds one change to an organisation's cells; a cell whose denominator falls to 0 goes. */
  private static Cell addTo(ObjectNode cells, CellKey key, Count change) {
    String category = blankIfNull(key.category());
    JsonNode indicator = cells.get(key.indicator());
    JsonNode cell = indicator == null ? null : indicator.get(category);
    Count now =
        cell == null ? change : new Count(cell.get(0).asLong(), cell.get(1).asLong()).plus(change);
    if (now.denominator() == 0) {
      if (indicator instanceof ObjectNode categories) {
        categories.remove(category);
        if (categories.isEmpty()) {
          cells.remove(key.indicator());
        }
      }
    } else {
      ObjectNode categories =
          indicator instanceof ObjectNode existing ? existing : cells.putObject(key.indicator());
      categories.putArray(category).add(now.numerator()).add(now.denominator());
    }
    return new Cell(key, now);
  }

  private ObjectNode readCells(String cells) {
    try {
      return (ObjectNode) json.readTree(cells);
    } catch (IOException | ClassCastException e) {
      throw new IllegalStateException("stored organisation cells are unreadable", e);
    }
  }

  private String writeJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot be written as JSON", e);
    }
  }

  private Uni<Integer> deleteEmpty(String round, List<Cell> cells) {
    Map<CellKey, Count> empty = new HashMap<>();
    cells.stream()
        .filter(c -> c.count().denominator() == 0)
        .forEach(c -> empty.put(c.key(), c.count()));
    return empty.isEmpty()
        ? Uni.createFrom().item(0)
        : NativeSql.update(DELETE_EMPTY, round, write(empty));
  }

  /** Every cell of a round. */
  public Uni<Map<CellKey, Count>> byRound(String round) {
    return NativeSql.rows(BY_ROUND, round)
        .map(
            rows -> {
              Map<CellKey, Count> cells = new HashMap<>();
              toCells(rows).forEach(cell -> cells.put(cell.key(), cell.count()));
              return cells;
            });
  }

  public Uni<Void> deleteRound(String round) {
    return NativeSql.update(DELETE_ROUND, round)
        .chain(() -> NativeSql.update(DELETE_ROUND_ORGANISATIONS, round))
        .replaceWithVoid();
  }

  /** Cells with a denominator above 0 that match every filter given (null = any). */
  public Uni<List<Cell>> query(
      String round,
      String level,
      String type,
      String county,
      String organisation,
      String indicator) {
    return NativeSql.rows(QUERY, round, level, type, county, organisation, indicator)
        .map(IndicatorValueRepository::toCells);
  }

  private String write(Map<CellKey, Count> changes) {
    List<Map<String, Object>> rows = new ArrayList<>(changes.size());
    changes.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(CellKey.ORDER))
        .forEach(
            e -> {
              CellKey key = e.getKey();
              Map<String, Object> row = new HashMap<>(12);
              row.put("i", key.indicator());
              row.put("l", key.level().json());
              row.put("t", blankIfNull(key.type()));
              row.put("c", blankIfNull(key.county()));
              row.put("o", blankIfNull(key.organisation()));
              row.put("k", blankIfNull(key.category()));
              row.put("n", e.getValue().numerator());
              row.put("d", e.getValue().denominator());
              rows.add(row);
            });
    try {
      return json.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cells cannot be written as JSON", e);
    }
  }

  private static List<Cell> toCells(List<Object[]> rows) {
    List<Cell> cells = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      CellKey key =
          new CellKey(
              (String) row[0],
              Level.fromJson((String) row[1]).orElseThrow(),
              (String) row[2],
              (String) row[3],
              (String) row[4],
              (String) row[5]);
      cells.add(
          new Cell(key, new Count(((Number) row[6]).longValue(), ((Number) row[7]).longValue())));
    }
    return cells;
  }

  private static String blankIfNull(String value) {
    return value == null ? "" : value;
  }
}
