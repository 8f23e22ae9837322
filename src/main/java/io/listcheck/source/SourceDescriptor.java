package io.listcheck.source;

/**
 * What a list is, for people: shown in {@code listcheck lists}, the manifest and every hit.
 *
 * @param consequence a plain-language paragraph on what the listing means for a buyer
 * @param citation the legal basis, e.g. "FY2019 NDAA §889; FAR 52.204-25"
 */
public record SourceDescriptor(
    String id, String title, String publisher, String officialUrl, String consequence, String citation) {}
