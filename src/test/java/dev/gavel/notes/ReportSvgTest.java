package dev.gavel.notes;

import static dev.gavel.room.RoomScript.startNext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gavel.room.RoomCommand;
import dev.gavel.room.RoomEvent;
import dev.gavel.room.RoomScript;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report's timeline is XML: whatever a title or a reason holds, it must parse. */
class ReportSvgTest {

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static String svgOf(RoomScript script) {
    SessionHistory history =
        SessionHistory.of(script.agenda.sessions().getFirst(), script.logged(), script.now);
    return ReportSvg.render(new SessionDocument("LPC", "Room A", history, ZoneOffset.UTC));
  }

  @Test
  void controlCharactersInATitleAndACutOffReason_leaveTheTimelineWellFormed() throws Exception {
    RoomScript script =
        new RoomScript(RoomScript.topic(1, "Bell\u0007 and <escape>\u001B & a lone \uD800 half"));
    script.does(startNext()).after(Duration.ofMinutes(2));
    // The rules refuse such a reason now; a log written before they did may still hold one.
    script.log.add(new RoomEvent.PitchCutOff(script.now, "pitch\u0000 \uFFFF\u0008!"));
    script.after(Duration.ofMinutes(1)).does(new RoomCommand.EndTopic());

    Document svg = parse(svgOf(script));

    String text = svg.getDocumentElement().getTextContent();
    assertTrue(text.contains("Bell and <escape> & a lone  half"), text);
    assertTrue(text.contains("cut off pitch !"), text);
  }

  @Test
  void aPlainSession_drawsOneRowATopic() throws Exception {
    RoomScript script = RoomScript.withThreeTopics();
    script.does(startNext()).after(Duration.ofMinutes(5));

    NodeList texts =
        parse(svgOf(script)).getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");

    long rows = 0;
    for (int i = 0; i < texts.getLength(); i++) {
      rows += ((Element) texts.item(i)).getAttribute("x").equals("8") ? 1 : 0;
    }
    assertEquals(3, rows);
  }
}
