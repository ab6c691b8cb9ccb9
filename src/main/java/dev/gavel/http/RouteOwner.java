package dev.gavel.http;

import io.javalin.config.RoutesConfig;

/**
 * A package that owns a family of addresses and declares every route of it, each from the route
 * catalogue ({@code route.Routes}).
 */
public interface RouteOwner {
  void register(RoutesConfig routes);
}
