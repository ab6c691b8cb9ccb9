package dev.gavel.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gavel.http.ApiError;
import dev.gavel.room.QueueKind;
import java.util.Set;

/** The fields of a raised hand, and its kind as the wire spells it. */
final class HandKinds {

  static final Set<String> FIELDS = Set.of("name", "point", "kind", "seat");

  private HandKinds() {}

  /** {@code point} (the default) or {@code clarify}. */
  static QueueKind of(JsonNode body) {
    JsonNode kind = body.get("kind");
    if (kind == null || kind.isNull()) {
      return QueueKind.POINT;
    }
    return switch (kind.asText("")) {
      case "point" -> QueueKind.POINT;
      case "clarify" -> QueueKind.CLARIFY;
      default -> throw new ApiError(400, "\"kind\" is \"point\" or \"clarify\"");
    };
  }
}
