package dev.gavel;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.session.DefaultSessionCache;
import org.eclipse.jetty.session.NullSessionDataStore;
import org.eclipse.jetty.session.SessionCache;

/**
 * Gavel keeps nothing in HTTP sessions, but Javalin asks Jetty for one at every WebSocket upgrade,
 * which Jetty would keep for half an hour, and a stranger could open sockets by the thousand. So a
 * session lives as long as the request that made it and no longer, and no cookie names it.
 */
final class HttpSessions {

  private volatile SessionHandler handler;

  /** Configures the servlet context's sessions as above, before the server starts. */
  void configure(ServletContextHandler context) {
    SessionHandler sessions = context.getSessionHandler();
    if (sessions == null) {
      return;
    }
    DefaultSessionCache cache = new DefaultSessionCache(sessions);
    cache.setSessionDataStore(new NullSessionDataStore());
    cache.setEvictionPolicy(SessionCache.EVICT_ON_SESSION_EXIT);
    sessions.setSessionCache(cache);
    sessions.setUsingCookies(false);
    handler = sessions;
  }

  /** How many sessions the server holds now: none once the requests that made them are done. */
  long held() {
    SessionHandler sessions = handler;
    return sessions != null && sessions.getSessionCache() instanceof DefaultSessionCache cache
        ? cache.getSessionsCurrent()
        : 0;
  }
}
