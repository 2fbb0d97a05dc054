package dev.rapport.report.pptx;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Where things go on a 16:9 slide (960 × 540 points, PowerPoint's widescreen size) and the few
 * ways the deck writes text. POI's default master is laid out for 4:3, so every placeholder used is
 * placed here rather than trusted where the master puts it.
 */
final class DeckLayout {

    /** Widescreen, in points. */
    static final Dimension SIZE = new Dimension(960, 540);
    static final double MARGIN = 40;
    static final double CONTENT_WIDTH = SIZE.width - 2 * MARGIN;
    /** Below a title and a one- or two-line subtitle. */
    static final double BODY_TOP = 140;
    /** Height of the caption's box between a slide's title and its body. */
    static final double SUBTITLE_HEIGHT = 54;
    static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private final XMLSlideShow deck;
    private final XSLFSlideMaster master;

    DeckLayout(XMLSlideShow deck) {
        this.deck = deck;
        deck.setPageSize(SIZE);
        this.master = deck.getSlideMasters().get(0);
    }

    /** The title slide: the title large in the upper half, the subtitle lines under it. */
    XSLFSlide titleSlide(String title, List<String> subtitle) {
        XSLFSlide slide = deck.createSlide(master.getLayout(SlideLayout.TITLE));
        for (XSLFTextShape shape : slide.getPlaceholders()) {
            Placeholder type = shape.getTextType();
            if (type == Placeholder.CENTERED_TITLE || type == Placeholder.TITLE) {
                shape.setAnchor(new Rectangle2D.Double(MARGIN, 150, CONTENT_WIDTH, 120));
                shape.setText(title);
            } else {
                shape.setAnchor(new Rectangle2D.Double(MARGIN, 290, CONTENT_WIDTH, 150));
                shape.clearText();
                subtitle.forEach(line -> run(shape.addNewTextParagraph(), line, 20, MUTED));
            }
        }
        return slide;
    }

    /** A slide with a title at the top and nothing else yet. */
    XSLFSlide titled(String title) {
        XSLFSlide slide = deck.createSlide(master.getLayout(SlideLayout.TITLE_ONLY));
        for (XSLFTextShape shape : slide.getPlaceholders()) {
            shape.setAnchor(new Rectangle2D.Double(MARGIN, 20, CONTENT_WIDTH, 64));
            shape.setText(title);
            shape.getTextParagraphs().forEach(p -> p.getTextRuns().forEach(r -> r.setFontSize(30.0)));
        }
        return slide;
    }

    /** The line under a slide's title: a chart's caption. */
    void subtitle(XSLFSlide slide, String text) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(MARGIN, 84, CONTENT_WIDTH, SUBTITLE_HEIGHT));
        run(box.addNewTextParagraph(), text, subtitleSize(text), MUTED);
    }

    /**
     * The largest size, 16 down to 11 points, at which a caption fits above the chart: a caption
     * naming four strategies with their intervals runs to three lines at 16 points and its last
     * line sat on the chart. A character of DejaVu or Calibri averages a little over half the size.
     */
    static double subtitleSize(String text) {
        for (double size : new double[]{16, 14, 13, 12}) {
            double perLine = (CONTENT_WIDTH - 20) / (size * 0.56);
            if (Math.ceil(text.length() / perLine) * size * 1.2 <= SUBTITLE_HEIGHT - 6) {
                return size;
            }
        }
        return 11;
    }

    /**
     * Paragraphs in the body of a slide, bulleted or not, in the largest size (20 down to 12
     * points) at which they fit the space below {@code top}, by an estimate of their lines.
     */
    void body(XSLFSlide slide, List<String> paragraphs, boolean bullets, double top) {
        XSLFTextBox box = slide.createTextBox();
        double height = SIZE.height - top - 30;
        box.setAnchor(new Rectangle2D.Double(MARGIN, top, CONTENT_WIDTH, height));
        double size = fittingSize(paragraphs, height);
        for (String text : paragraphs) {
            XSLFTextParagraph p = box.addNewTextParagraph();
            // POI reads a positive value as a percentage of a line, a negative one as points: 6 points.
            p.setSpaceAfter(-6.0);
            if (bullets) {
                p.setBullet(true);
                p.setIndent(-14.0);
                p.setLeftMargin(18.0);
            }
            run(p, text, size, Color.BLACK);
        }
    }

    /** An average character is about half as wide as the font is tall; a line about 1.2 times as tall. */
    private static double fittingSize(List<String> paragraphs, double height) {
        for (double size : new double[]{20, 18, 16, 14}) {
            double perLine = (CONTENT_WIDTH - 40) / (size * 0.5);
            double lines = paragraphs.stream().mapToDouble(p -> Math.ceil(p.length() / perLine)).sum();
            if (lines * size * 1.2 + paragraphs.size() * 6 <= height) {
                return size;
            }
        }
        return 12;
    }

    /** Writes the speaker notes of {@code slide}. */
    void notes(XSLFSlide slide, List<String> lines) {
        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(String.join("\n", lines));
            } else if (shape.getTextType() != Placeholder.SLIDE_IMAGE) {
                // POI's notes master carries a sample date ("1.7.2013") and a slide number field: not ours to state.
                notes.removeShape(shape);
            }
        }
    }

    private static XSLFTextRun run(XSLFTextParagraph paragraph, String text, double size, Color colour) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setFontColor(colour);
        return run;
    }
}
