package dev.gavel.programme.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.programme.DemoProgramme;
import dev.gavel.programme.EventPlan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What XML 1.0 cannot hold (most control characters, broken surrogates, U+FFFE and U+FFFF) is
 * dropped where XML is written, so that an export stays well-formed whatever reached the database.
 */
class XmlOutTest {

  private static final String HOSTILE =
      "Bell\u0007 escape\u001B[31m nul\u0000 broken\uD800 non\uFFFE\uFFFF tab\tline\nend";
  private static final String KEPT = "Bell escape[31m nul broken non tab\tline\nend";

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void textAndAttributes_dropWhatXmlCannotHold() throws Exception {
    String xml = new XmlOut().open("root", "note", HOSTILE).leaf("title", HOSTILE).close().finish();

    Document document = parse(xml);

    Element root = document.getDocumentElement();
    assertEquals(KEPT.replace('\t', ' ').replace('\n', ' '), root.getAttribute("note"));
    assertEquals(KEPT, root.getElementsByTagName("title").item(0).getTextContent());
  }

  @Test
  void charactersBeyondTheBasicPlane_areKept() throws Exception {
    String text = "emoji \uD83D\uDE00 and CJK \uD840\uDC0B";

    String xml = new XmlOut().open("root").leaf("title", text).close().finish();

    assertEquals(text, parse(xml).getElementsByTagName("title").item(0).getTextContent());
  }

  @Test
  void aFrabExportOfTitlesWithControlCharacters_isValidXml() throws Exception {
    EventPlan demo = DemoProgramme.plan();
    EventPlan hostile =
        new EventPlan(
            demo.slug(),
            HOSTILE,
            demo.slideLimit(),
            demo.timeZone(),
            demo.rooms(),
            demo.noOverlap());

    String xml = ScheduleExport.frabXml(hostile, Plans.DAY);

    TestFiles.assertValidFrab(xml);
    assertEquals(KEPT, parse(xml).getElementsByTagName("title").item(0).getTextContent());
  }
}
