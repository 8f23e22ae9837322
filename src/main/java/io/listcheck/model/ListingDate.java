package io.listcheck.model;

/** A dated event of a listing, e.g. "Listing Date (CMIC)" on 2021-12-16. The date is ISO-8601 (yyyy, yyyy-mm or yyyy-mm-dd). */
public record ListingDate(String label, String date) {}
