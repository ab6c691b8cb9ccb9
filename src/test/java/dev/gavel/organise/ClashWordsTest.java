package dev.gavel.organise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.programme.Clashes;
import dev.gavel.programme.NoOverlap;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClashWordsTest {

  @Test
  void aClash_readsAsASentenceInTheEventsTime() {
    OffsetDateTime nine = OffsetDateTime.parse("2015-08-20T16:00Z");
    var clash =
        new Clashes.Clash(
            new NoOverlap(NoOverlap.Kind.CATEGORY, "IPv6"),
            new Clashes.Slot("Room A", "X", nine, nine.plusMinutes(45)),
            new Clashes.Slot("Room B", "Y", nine.plusMinutes(30), nine.plusMinutes(60)));

    assertEquals(
        "IPv6: 'X' in Room A and 'Y' in Room B overlap 09:30–09:45",
        ClashWords.of(clash, ZoneId.of("America/Los_Angeles")));
  }
}
