package io.listcheck.source;

/**
 * One official file of a source.
 *
 * @param name the publisher's file name, also the name looked for in an {@code update --from} folder
 * @param url where the publisher serves it
 * @param required whether a parse is possible without it
 */
public record SourceFile(String name, String url, boolean required) {}
