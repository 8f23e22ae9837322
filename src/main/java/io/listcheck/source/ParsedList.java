package io.listcheck.source;

import io.listcheck.model.ListEntry;
import java.util.List;

/**
 * What a parser makes of a source's raw files.
 *
 * @param asOf the data's own date (ISO), or empty when the files state none
 * @param provenance a sentence for the manifest when the parse is partial or derived, else empty
 */
public record ParsedList(List<ListEntry> entries, String asOf, String provenance) {
  public ParsedList {
    entries = List.copyOf(entries);
    asOf = asOf == null ? "" : asOf;
    provenance = provenance == null ? "" : provenance;
  }
}
