package io.listcheck.source;

import java.io.IOException;
import java.util.List;

/**
 * One restricted-party list: where its publisher serves it and how to read the publisher's format. Parsers are
 * pure (files in, entries out) so that they can be tested on fixtures and fuzzed.
 */
public interface ListSource {

  SourceDescriptor descriptor();

  /** The official files, in the order they are fetched. */
  List<SourceFile> files();

  ParsedList parse(RawFiles files) throws IOException, ListFormatException;

  /** Bumped whenever the parser's output changes for the same input, so snapshots record how they were made. */
  int parserVersion();

  /**
   * How many entries a correct parse can have; a parse outside these bounds is rejected. Sources document
   * theirs next to the override.
   */
  default EntryBounds plausibleEntries() {
    return EntryBounds.NON_EMPTY;
  }

  /** The largest official file (after decompression) a download may deliver before it is aborted. */
  default long maxFileBytes() {
    return DEFAULT_MAX_FILE_BYTES;
  }

  /** 256 MiB: several times the largest official list file (the Trade.gov CSL CSV is about 30 MB). */
  long DEFAULT_MAX_FILE_BYTES = 256L * 1024 * 1024;

  default String id() {
    return descriptor().id();
  }
}
