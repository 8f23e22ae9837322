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

  default String id() {
    return descriptor().id();
  }
}
