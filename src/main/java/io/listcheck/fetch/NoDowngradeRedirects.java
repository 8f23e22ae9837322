package io.listcheck.fetch;

import java.net.URI;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.client5.http.impl.DefaultRedirectStrategy;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Follows redirects like HttpClient's default strategy, except from https to plain http: list data fetched over
 * https must not be handed to an unauthenticated connection by whoever controls a redirect.
 */
final class NoDowngradeRedirects extends DefaultRedirectStrategy {

  /** A redirect listcheck refuses to follow. */
  static final class Downgrade extends RedirectException {
    private static final long serialVersionUID = 1L;

    Downgrade(String message) {
      super(message);
    }
  }

  @Override
  public URI getLocationURI(HttpRequest request, HttpResponse response, HttpContext context) throws HttpException {
    URI location = super.getLocationURI(request, response, context);
    if ("https".equalsIgnoreCase(request.getScheme()) && "http".equalsIgnoreCase(location.getScheme())) {
      throw new Downgrade("refusing to follow a redirect from https to http (" + location + ")");
    }
    return location;
  }
}
