package dev.rapport.report.office;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;

/**
 * The custom document property {@code generator = Rapport} every workbook and deck this module
 * writes carries, so that {@code rapport report} writes over its own earlier file and over no one
 * else's (as the HTML report's {@code <meta name="generator">} and the PDF's producer do).
 */
public final class GeneratorMark {

    /** The custom property's name. */
    public static final String PROPERTY = "generator";
    /** Its value. */
    public static final String VALUE = "Rapport";

    private GeneratorMark() {
    }

    /** Marks a document about to be written, and names Rapport as its creator. */
    public static void mark(POIXMLProperties properties, String title) {
        properties.getCustomProperties().addProperty(PROPERTY, VALUE);
        properties.getCoreProperties().setCreator(VALUE);
        properties.getCoreProperties().setTitle(title);
    }

    /**
     * Whether {@code file} is an Office Open XML package (xlsx, pptx, docx, ...) carrying the mark.
     * Opened read-only: a file that is not a package, or is damaged, is not ours.
     */
    public static boolean isOurs(Path file) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            return false;
        }
        try {
            var property = new POIXMLProperties(pkg).getCustomProperties().getProperty(PROPERTY);
            return property != null && VALUE.equals(property.getLpwstr());
        } catch (OpenXML4JException | org.apache.xmlbeans.XmlException | RuntimeException e) {
            return false;
        } finally {
            // Read-only: revert, not close (close means save).
            pkg.revert();
        }
    }
}
