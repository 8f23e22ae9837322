package io.listcheck.source;

import io.listcheck.source.csl.TradeCslSource;
import io.listcheck.source.dhs.UflpaEntityListSource;
import io.listcheck.source.dod.DodSection1260hSource;
import io.listcheck.source.fcc.FccCoveredSource;
import io.listcheck.source.ofac.OfacNonSdnSource;
import io.listcheck.source.ofac.OfacSdnSource;
import io.listcheck.source.statutes.UsStatutesSource;
import java.util.List;
import java.util.Optional;

/** Every list listcheck knows, in the order they are updated and reported. */
public final class SourceRegistry {
  private final List<ListSource> sources;

  public SourceRegistry(List<ListSource> sources) {
    this.sources = List.copyOf(sources);
  }

  public static SourceRegistry standard() {
    return new SourceRegistry(List.of(new OfacSdnSource(), new OfacNonSdnSource(), new TradeCslSource(), new FccCoveredSource(),
        new DodSection1260hSource(), new UflpaEntityListSource(), new UsStatutesSource()));
  }

  public List<ListSource> all() {
    return sources;
  }

  public Optional<ListSource> find(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
