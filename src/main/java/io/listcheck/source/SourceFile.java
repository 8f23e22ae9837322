package io.listcheck.source;

/**
 * One official file of a source.
 *
 * @param name the publisher's file name, also the name looked for in an {@code update --from} folder
 * @param url where the publisher serves it
 * @param required whether the parse needs it; an optional file a snapshot was built with must be offered
 *     again on the next import
 */
public record SourceFile(String name, String url, boolean required) {}
