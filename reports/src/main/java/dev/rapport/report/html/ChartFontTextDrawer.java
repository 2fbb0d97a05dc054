package dev.rapport.report.html;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a chart's words as text in the font the page embeds (DejaVu Sans, registered by
 * {@link PdfReport}), so the chart shares the page's font subset and its words can be searched and
 * copied. Charts set a Java logical font (SansSerif), which on Debian is DejaVu Sans too, so the
 * chart's measured layout matches what is drawn. Without the bundled font it returns none, and
 * the words are drawn as outlines: still vector, still legible.
 */
final class ChartFontTextDrawer extends PdfBoxGraphics2DFontTextDrawer {
    private static final String FAMILY = "DejaVu Sans";

    private final RenderingContext ctx;

    ChartFontTextDrawer(RenderingContext ctx) {
        this.ctx = ctx;
    }

    @Override
    protected boolean hasDynamicFontMapping() {
        return true;
    }

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
        FontSpecification spec = new FontSpecification();
        spec.families = new String[] {FAMILY};
        spec.size = font.getSize2D();
        spec.fontWeight = font.isBold() ? IdentValue.FONT_WEIGHT_700 : IdentValue.FONT_WEIGHT_400;
        spec.fontStyle = IdentValue.NORMAL;
        spec.variant = IdentValue.NORMAL;
        FSFont resolved = ctx.getFont(spec);
        if (resolved instanceof PdfBoxFSFont pdf && !pdf.getFontDescriptions().isEmpty()) {
            FontDescription first = pdf.getFontDescriptions().get(0);
            // The resolver falls back to the PDF's built-in Times when the family is missing.
            if (FAMILY.equals(first.getFamily())) {
                return first.getFont();
            }
        }
        return null;
    }
}
