package dev.gavel.notes;

import dev.gavel.html.Markup;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A line of notes as HTML. Notes are Markdown, written by anybody with a note-taker's link, and
 * read by everybody: raw HTML is escaped, links to anything but http(s) and mail are dropped, and
 * images become plain links, so that no note can run a script or load anything in a reader's
 * browser.
 */
public final class NoteMarkdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
          .percentEncodeUrls(true)
          .omitSingleParagraphP(true)
          .attributeProviderFactory(context -> new OutgoingLinks())
          .build();

  private NoteMarkdown() {}

  public static String html(String markdown) {
    return HTML.render(parse(markdown));
  }

  /** The note as markup for a page: safe, because the renderer above escapes what it must. */
  public static Markup markup(String markdown) {
    return Markup.madeSafeBy("the notes' Markdown renderer", html(markdown));
  }

  /** The note's tree, images already turned into links. */
  static Node parse(String markdown) {
    Node document = PARSER.parse(markdown);
    document.accept(new ImagesAsLinks());
    return document;
  }

  /** An image would be fetched by every reader's browser; a link is fetched by nobody. */
  private static final class ImagesAsLinks extends AbstractVisitor {
    @Override
    public void visit(Image image) {
      Link link = new Link(image.getDestination(), image.getTitle());
      for (Node child = image.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        link.appendChild(child);
        child = next;
      }
      image.insertBefore(link);
      image.unlink();
      visitChildren(link);
    }
  }

  /** Links leave Gavel without telling the other site where the reader came from. */
  private static final class OutgoingLinks implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Link) {
        attributes.put("rel", "nofollow noopener noreferrer");
      }
    }
  }
}
