package io.listcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceRegistryTest {

  @Test
  void knowsTheSevenStandardSourcesInReportOrder() {
    assertThat(SourceRegistry.standard().all()).extracting(ListSource::id).containsExactly(
        "ofac-sdn", "ofac-nonsdn", "trade-csl", "fcc-covered", "dod-1260h", "dhs-uflpa", "us-statutes");
  }

  @Test
  void describesEverySourceForABuyerWithItsLegalBasis() {
    assertThat(SourceRegistry.standard().all()).allSatisfy(source -> {
      SourceDescriptor d = source.descriptor();
      assertThat(d.officialUrl()).startsWith("https://");
      assertThat(d.consequence()).hasSizeGreaterThan(200);
      assertThat(d.citation()).isNotBlank();
      assertThat(d.title().length()).as("fits the 'lists' table").isLessThanOrEqualTo(55);
      assertThat(source.files()).isNotEmpty().anySatisfy(f -> assertThat(f.required()).isTrue());
    });
  }
}
