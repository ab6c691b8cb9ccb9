package dev.gavel.notes;

import dev.gavel.html.Markup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
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
 * read by everybody: raw HTML is escaped, a link to anything but http(s) and mail becomes its plain
 * text, and images become plain links, so that no note can run a script or load anything in a
 * reader's browser. Bare web and mail addresses are links, as readers expect.
 */
public final class NoteMarkdown {

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(AutolinkExtension.create())).build();
  // The exports keep what the writer typed: a bare address stays text there, where the reader's
  // wiki or Markdown renderer treats it by its own rules.
  private static final Parser AS_WRITTEN = Parser.builder().build();
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
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

  /** The note's tree for a page, bare addresses linked, images already turned into links. */
  static Node parse(String markdown) {
    return defused(PARSER.parse(markdown));
  }

  /** The note's tree for an export: as {@link #parse}, but bare addresses stay as typed. */
  static Node parseAsWritten(String markdown) {
    return defused(AS_WRITTEN.parse(markdown));
  }

  private static Node defused(Node document) {
    document.accept(new ImagesAsLinks());
    document.accept(new UnsafeLinksAsText());
    return document;
  }

  /**
   * Whether a link may stay a link: http(s), mail, or an address on this server. Browsers ignore
   * whitespace and control characters inside a scheme ("java\tscript:"), so this does too.
   */
  static boolean safe(String destination) {
    String compact = destination.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
    Matcher scheme = SCHEME.matcher(compact);
    return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1));
  }

  /**
   * A link to a script or a data address keeps its words and loses its link: as an empty link it
   * would only reload the page it is read on.
   */
  /** Puts a node's children where it stood and drops it: a link's words stay, as text. */
  static void unwrap(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      node.insertBefore(child);
      child = next;
    }
    node.unlink();
  }

  private static final class UnsafeLinksAsText extends AbstractVisitor {
    @Override
    public void visit(Link link) {
      visitChildren(link);
      if (safe(link.getDestination())) {
        return;
      }
      unwrap(link);
    }
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
