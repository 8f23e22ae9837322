package io.listcheck.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.junit.jupiter.api.Test;

class NoDowngradeRedirectsTest {
  private final NoDowngradeRedirects strategy = new NoDowngradeRedirects();

  private URI follow(String from, String location) throws Exception {
    BasicClassicHttpResponse response = new BasicClassicHttpResponse(302);
    response.setHeader("Location", location);
    return strategy.getLocationURI(new BasicClassicHttpRequest("GET", URI.create(from)), response, HttpClientContext.create());
  }

  @Test
  void followsRedirectsThatKeepOrUpgradeTheScheme() throws Exception {
    assertThat(follow("https://sanctionslistservice.ofac.treas.gov/api/x/CONS_PRIM.CSV", "https://signed.example/CONS_PRIM.CSV?sig=1"))
        .hasToString("https://signed.example/CONS_PRIM.CSV?sig=1");
    assertThat(follow("http://mirror.example/a.csv", "https://mirror.example/a.csv")).hasToString("https://mirror.example/a.csv");
  }

  @Test
  void refusesARedirectFromHttpsToHttp() {
    assertThatThrownBy(() -> follow("https://sanctionslistservice.ofac.treas.gov/api/x/CONS_PRIM.CSV", "http://evil.example/CONS_PRIM.CSV"))
        .isInstanceOf(NoDowngradeRedirects.Downgrade.class).hasMessageContaining("refusing to follow a redirect from https to http");
  }
}
