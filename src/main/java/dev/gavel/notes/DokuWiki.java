package dev.gavel.notes;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Markdown notes as DokuWiki markup, the wiki the seed's session pages live in. Walks the tree the
 * Markdown parser builds, so emphasis, code and links come out in DokuWiki's own syntax and
 * everything else as plain text that DokuWiki will not read as markup.
 */
public final class DokuWiki {

  /** Characters that start DokuWiki markup: such text goes inside %%…%%, DokuWiki's no-wiki. */
  private static final Pattern MARKUP = Pattern.compile("[*/_'\\[\\]{}<>|^=\\\\~%#-]|://");

  private DokuWiki() {}

  /** A note as inline DokuWiki: the text of one list item. */
  public static String inline(String markdown) {
    Writer writer = new Writer();
    NoteMarkdown.parse(markdown).accept(writer);
    return writer.out.toString().strip().replace("\n", " ");
  }

  /** Text that DokuWiki shows as it is. */
  public static String plain(String text) {
    String flat = text.replace("\n", " ");
    if (!MARKUP.matcher(flat).find()) {
      return flat;
    }
    // %% would close the no-wiki early: step out, write it inside <nowiki>, and step back in.
    return "%%" + flat.replace("%%", "%%<nowiki>%%</nowiki>%%") + "%%";
  }

  private static final class Writer extends AbstractVisitor {
    final StringBuilder out = new StringBuilder();

    @Override
    public void visit(Text text) {
      out.append(plain(text.getLiteral()));
    }

    @Override
    public void visit(Emphasis emphasis) {
      wrap(emphasis, "//");
    }

    @Override
    public void visit(StrongEmphasis strong) {
      wrap(strong, "**");
    }

    @Override
    public void visit(Code code) {
      out.append("''").append(plain(code.getLiteral())).append("''");
    }

    @Override
    public void visit(Link link) {
      Writer label = new Writer();
      label.visitChildren(link);
      out.append("[[").append(link.getDestination().replace("|", "%7C").replace("]", "%5D"));
      if (!label.out.isEmpty()) {
        out.append('|').append(label.out);
      }
      out.append("]]");
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      out.append("\\\\ ");
    }

    @Override
    public void visit(Paragraph paragraph) {
      separate(paragraph);
      visitChildren(paragraph);
    }

    @Override
    public void visit(Heading heading) {
      separate(heading);
      wrap(heading, "**");
    }

    @Override
    public void visit(BulletList list) {
      items(list);
    }

    @Override
    public void visit(OrderedList list) {
      items(list);
    }

    @Override
    public void visit(BlockQuote quote) {
      separate(quote);
      out.append("> ");
      visitChildren(quote);
    }

    @Override
    public void visit(FencedCodeBlock code) {
      separate(code);
      out.append("''").append(plain(code.getLiteral().strip())).append("''");
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      separate(code);
      out.append("''").append(plain(code.getLiteral().strip())).append("''");
    }

    @Override
    public void visit(HtmlInline html) {
      out.append(plain(html.getLiteral()));
    }

    @Override
    public void visit(HtmlBlock html) {
      separate(html);
      out.append(plain(html.getLiteral().strip()));
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
      separate(thematicBreak);
      out.append("----");
    }

    /** A list inside a line of notes stays on the line, its items separated by semicolons. */
    private void items(Node list) {
      separate(list);
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        if (item != list.getFirstChild()) {
          out.append("; ");
        }
        Writer text = new Writer();
        text.visitChildren((ListItem) item);
        out.append(text.out.toString().strip());
      }
    }

    private void separate(Node block) {
      if (block.getPrevious() != null && !out.isEmpty()) {
        out.append(' ');
      }
    }

    private void wrap(Node node, String mark) {
      out.append(mark);
      visitChildren(node);
      out.append(mark);
    }
  }
}
