package io.listcheck.fetch;

import java.net.URI;

/**
 * One file to download.
 *
 * @param label what the progress display and messages call it, e.g. "ofac-nonsdn CONS_PRIM.CSV"
 * @param expected what kind of data the file must be, checked against the answer's type and first bytes
 * @param maxBytes the most (decompressed) bytes the file may have
 * @param previous validators of the copy we have, for a conditional GET ({@link Validators#NONE} for none)
 */
public record FetchRequest(String label, URI url, ContentKind expected, long maxBytes, Validators previous) {}
