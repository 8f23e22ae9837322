package io.listcheck.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.source.ListSource;
import io.listcheck.source.SourceFile;
import io.listcheck.source.SourceRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceUrlsTest {
  private final SourceRegistry registry = SourceRegistry.standard();
  private final ListSource ofac = registry.find("ofac-nonsdn").orElseThrow();
  private final ListSource fcc = registry.find("fcc-covered").orElseThrow();

  private static SourceFile file(ListSource source, String name) {
    return source.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void usesThePublishersUrlsWithoutOverrides() {
    assertThat(SourceUrls.official().urlFor(ofac, file(ofac, "CONS_ALT.CSV")))
        .hasToString("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ALT.CSV");
  }

  @Test
  void appendsFileNamesToABaseUrlForASourceOfSeveralFiles() {
    SourceUrls urls = SourceUrls.of(Map.of("ofac-nonsdn", "http://mirror.example/ofac"), registry);
    assertThat(urls.urlFor(ofac, file(ofac, "CONS_PRIM.CSV"))).hasToString("http://mirror.example/ofac/CONS_PRIM.CSV");
    SourceUrls slash = SourceUrls.of(Map.of("ofac-nonsdn", "http://mirror.example/ofac/"), registry);
    assertThat(slash.urlFor(ofac, file(ofac, "CONS_ADD.CSV"))).hasToString("http://mirror.example/ofac/CONS_ADD.CSV");
  }

  @Test
  void replacesTheUrlOfAOneFileSourceAndOneNamedFile() {
    SourceUrls urls = SourceUrls.of(Map.of("fcc-covered", "https://mirror.example/covered.html",
        "ofac-nonsdn", "http://mirror.example/ofac/", "ofac-nonsdn:cons_alt.csv", "http://other.example/alt.csv"), registry);
    assertThat(urls.urlFor(fcc, fcc.files().get(0))).hasToString("https://mirror.example/covered.html");
    assertThat(urls.urlFor(ofac, file(ofac, "CONS_ALT.CSV"))).hasToString("http://other.example/alt.csv");
    assertThat(urls.urlFor(ofac, file(ofac, "CONS_PRIM.CSV"))).hasToString("http://mirror.example/ofac/CONS_PRIM.CSV");
  }

  @Test
  void namesTheBadKeyOrUrl() {
    assertThatThrownBy(() -> SourceUrls.of(Map.of("nope", "http://x/"), registry)).hasMessageContaining("'nope': unknown source 'nope'");
    assertThatThrownBy(() -> SourceUrls.of(Map.of("fcc-covered", "ftp://x/"), registry)).hasMessageContaining("not an http:// or https:// URL");
    assertThatThrownBy(() -> SourceUrls.of(Map.of("fcc-covered", "http://x/a b"), registry)).hasMessageContaining("is not a URL");
  }
}
