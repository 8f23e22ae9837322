package io.listcheck.quality;

import io.listcheck.model.ListEntry;

/** A supplier-name spelling that must hit {@code expected}. */
record Positive(String query, ListEntry expected, VariantKind kind, String madeFrom) {}
