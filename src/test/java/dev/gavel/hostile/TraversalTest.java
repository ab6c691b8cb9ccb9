package dev.gavel.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.testing.RawHttp;
import dev.gavel.testing.ServerTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Addresses that try to climb out of the views' folder: to the migrations and classes beside it in
 * the jar, or to the machine's files. None is served: each answers 400 or 404, with no byte of the
 * file.
 */
class TraversalTest extends ServerTest {

  @Test
  void dotDotInEveryDisguise_servesNothingOutsideTheViews() {
    for (String target :
        List.of(
            "/assets/../db/migration/V2__create_room_log.sql",
            "/assets/%2e%2e/db/migration/V2__create_room_log.sql",
            "/assets/%2E%2E/db/migration/V2__create_room_log.sql",
            "/assets/..%2fdb/migration/V2__create_room_log.sql",
            "/assets/%2e%2e%2fdb/migration/V2__create_room_log.sql",
            "/assets/%252e%252e/db/migration/V2__create_room_log.sql",
            "/assets/..\\db/migration/V2__create_room_log.sql",
            "/assets/..;/db/migration/V2__create_room_log.sql",
            "/assets/shared/../../db/migration/V2__create_room_log.sql",
            "/assets/../dev/gavel/Main.class",
            "/assets/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/assets//etc/passwd",
            "/assets/..%00/db/migration/V2__create_room_log.sql")) {
      RawHttp.Answer answer = RawHttp.get(server.port(), target);

      assertTrue(
          answer.status() == 400 || answer.status() == 404,
          target + " answered " + answer.status());
      assertFalse(answer.body().contains("CREATE TABLE"), target);
      assertFalse(answer.body().contains("root:"), target);
      assertFalse(answer.body().contains("\u00ca\u00fe\u00ba\u00be"), target);
    }
  }

  @Test
  void theViewsOwnFiles_areStillServed() {
    RawHttp.Answer answer = RawHttp.get(server.port(), "/assets/shared/live.js");

    assertTrue(answer.status() == 200, "answered " + answer.status());
  }
}
