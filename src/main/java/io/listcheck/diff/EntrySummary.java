package io.listcheck.diff;

import io.listcheck.model.Alias;
import io.listcheck.model.ListEntry;
import java.util.List;

/** The parts of an entry a diff compares and shows: what a person screens against. */
public record EntrySummary(String id, String name, List<String> aliases, String subList, List<String> programs) {

  public static EntrySummary of(ListEntry entry) {
    return new EntrySummary(entry.id(), entry.primaryName(), entry.aliases().stream().map(Alias::name).toList(),
        entry.subList(), entry.programs());
  }
}
