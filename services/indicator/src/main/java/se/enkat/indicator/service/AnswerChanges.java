package se.enkat.indicator.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.enkat.indicator.domain.CellKey;
import se.enkat.indicator.domain.Count;
import se.enkat.indicator.domain.IndicatorSet;
import se.enkat.indicator.domain.OrganisationCells;
import se.enkat.indicator.domain.OrganisationRow;
import se.enkat.indicator.domain.Respondent;
import se.enkat.indicator.repository.AnswerSetRepository.Replacement;

/**
 * What a batch of stored answer replacements changes. An organisation's own cells are computed from
 * its new answers and replace its row; only the national and county cells are sums over
 * organisations, so only they are changed by adding the difference between old and new answers.
 *
 * @param shared the summed change of every national and county cell (no zero changes)
 * @param rows each replaced organisation with all its cells, as they are now
 * @param announced each organisation whose cells changed, with only the changed cells (gone: 0/0)
 */
record AnswerChanges(
    Map<CellKey, Count> shared, List<OrganisationRow> rows, List<OrganisationRow> announced) {

  static AnswerChanges of(IndicatorSet set, List<Replacement> replacements) {
    Map<CellKey, Count> shared = new HashMap<>();
    List<OrganisationRow> rows = new ArrayList<>(replacements.size());
    List<OrganisationRow> announced = new ArrayList<>(replacements.size());
    for (Replacement replacement : replacements) {
      if (!replacement.stored()) {
        continue;
      }
      Respondent previous = replacement.previous();
      Respondent next = replacement.next();
      OrganisationCells before =
          previous == null ? new OrganisationCells() : set.organisationCells(previous);
      OrganisationCells after = set.organisationCells(next);
      // An organisation whose type or county changed announces all its cells with the new ones.
      boolean movedGroup =
          previous != null
              && !(Objects.equals(previous.type(), next.type())
                  && Objects.equals(previous.county(), next.county()));
      OrganisationCells changed = OrganisationCells.changes(before, after, movedGroup);
      if (previous != null) {
        before.addToShared(shared, previous.type(), previous.county(), -1);
      }
      after.addToShared(shared, next.type(), next.county(), 1);
      if (previous == null || movedGroup || !changed.isEmpty()) {
        rows.add(new OrganisationRow(next.organisation(), next.type(), next.county(), after));
      }
      if (!changed.isEmpty()) {
        announced.add(
            new OrganisationRow(next.organisation(), next.type(), next.county(), changed));
      }
    }
    shared.values().removeIf(Count::isZero);
    return new AnswerChanges(shared, rows, announced);
  }
}
