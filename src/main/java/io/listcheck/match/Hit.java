package io.listcheck.match;

import io.listcheck.model.ListEntry;

/**
 * A listed entry that a supplier name resembles.
 *
 * @param matchedName the listed name or alias that scored best
 * @param matchedNameKind "primary" or the alias kind ("aka", "fka", ...)
 * @param explanation why it matched, in words a compliance officer can check
 */
public record Hit(ListEntry entry, String matchedName, String matchedNameKind, double score, Verdict verdict, String explanation) {}
