package dev.rapport.report.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesReaderTest {

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("series.csv");
        Files.write(file, List.of(lines));
        return file;
    }

    private static SeriesReader keepingAll() {
        return new SeriesReader(m -> true, b -> true);
    }

    @Test
    void readsValuesByStrategyBrandMetricReplicationAndTick() throws IOException {
        Path file = write("strategy,replication,tick,week,brand,metric,value",
                "spend,0,0,0.0,acme,members,1.5",
                "spend,0,1,0.5,acme,members,2.5",
                "spend,1,0,0.0,acme,members,3.0",
                "spend,1,1,0.5,acme,members,4.0",
                "invest,0,0,0.0,acme,members,10",
                "invest,0,1,0.5,acme,members,1e2");

        SeriesTable table = keepingAll().read(file);

        assertEquals(List.of("spend", "invest"), table.strategies());
        assertEquals(2, table.ticks());
        assertEquals(0.5, table.week(1));
        Replicates spend = table.find("spend", "acme", "members").orElseThrow();
        assertEquals(2, spend.replications());
        assertArrayEquals(new double[] {2.5, 4.0}, spend.atTick(1));
        assertEquals(100.0, table.find("invest", "acme", "members").orElseThrow().value(0, 1));
    }

    @Test
    void keepsOnlyTheMetricsAndBrandsAskedForButRemembersEveryBrand() throws IOException {
        Path file = write("strategy,replication,tick,week,brand,metric,value",
                "spend,0,0,0,acme,members,1",
                "spend,0,0,0,acme,cogs,2",
                "spend,0,0,0,bolt,members,3");

        SeriesTable table = new SeriesReader(Set.of("members")::contains, "acme"::equals).read(file);

        assertTrue(table.find("spend", "acme", "members").isPresent());
        assertTrue(table.find("spend", "acme", "cogs").isEmpty());
        assertTrue(table.find("spend", "bolt", "members").isEmpty());
        assertEquals(List.of("acme", "bolt"), table.brandsSeen());
    }

    @Test
    void acceptsColumnsInAnotherOrder() throws IOException {
        Path file = write("metric,value,strategy,brand,week,tick,replication",
                "members,7,spend,acme,0,0,0");

        assertEquals(7.0, keepingAll().read(file).find("spend", "acme", "members").orElseThrow().value(0, 0));
    }

    @Test
    void namesTheLineOfAValueThatIsNotANumber() throws IOException {
        Path file = write("strategy,replication,tick,week,brand,metric,value",
                "spend,0,0,0,acme,members,1",
                "spend,0,1,1,acme,members,lots");

        ReportException e = assertThrows(ReportException.class, () -> keepingAll().read(file));

        assertEquals(ReportException.Code.MALFORMED_FILE, e.code());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void namesAMissingColumn() throws IOException {
        Path file = write("strategy,replication,tick,week,brand,value", "spend,0,0,0,acme,1");

        ReportException e = assertThrows(ReportException.class, () -> keepingAll().read(file));

        assertEquals(ReportException.Code.MALFORMED_FILE, e.code());
        assertTrue(e.getMessage().contains("metric"), e.getMessage());
    }

    @Test
    void rejectsARowWithTooFewFields() throws IOException {
        Path file = write("strategy,replication,tick,week,brand,metric,value", "spend,0,0,0,acme");

        assertEquals(ReportException.Code.MALFORMED_FILE,
                assertThrows(ReportException.class, () -> keepingAll().read(file)).code());
    }

    @Test
    void aHeaderWithoutRowsIsNoData() throws IOException {
        Path file = write("strategy,replication,tick,week,brand,metric,value");

        assertEquals(ReportException.Code.NO_DATA,
                assertThrows(ReportException.class, () -> keepingAll().read(file)).code());
    }

    @Test
    void anEmptyFileIsMalformed() throws IOException {
        Path file = write();

        assertEquals(ReportException.Code.MALFORMED_FILE,
                assertThrows(ReportException.class, () -> keepingAll().read(file)).code());
    }

    @Test
    void d13_aValueThatIsNotFiniteNamesItsLineLikeAnyOtherBadNumber() throws IOException {
        for (String bad : List.of("NaN", "Infinity", "-Infinity", "abc")) {
            Path file = write("strategy,replication,tick,week,brand,metric,value",
                    "spend,0,0,0,acme,members,1",
                    "spend,0,1,1,acme,members," + bad);

            ReportException e = assertThrows(ReportException.class, () -> keepingAll().read(file), bad);

            assertEquals(ReportException.Code.MALFORMED_FILE, e.code(), bad);
            assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains(bad), e.getMessage());
        }
        Path week = write("strategy,replication,tick,week,brand,metric,value", "spend,0,0,NaN,acme,members,1");
        assertTrue(assertThrows(ReportException.class, () -> keepingAll().read(week)).getMessage().contains("line 2"));
    }

    @Test
    void d14_aNameNeutralisedAgainstSpreadsheetFormulasReadsBackExactly() throws IOException {
        Path file = write("strategy,replication,tick,week,brand,metric,value",
                "\"'=HYPERLINK(\"\"http://x\"\")\",0,0,0,'@acme,members,-0.5",
                "''quoted,0,0,0,'@acme,members,1",
                "'-minus,0,0,0,'@acme,members,2",
                "plain,0,0,0,'@acme,members,3");

        SeriesTable table = keepingAll().read(file);

        assertEquals(List.of("=HYPERLINK(\"http://x\")", "'quoted", "-minus", "plain"), table.strategies());
        assertEquals(List.of("@acme"), table.brandsSeen());
        assertEquals(-0.5, table.find("=HYPERLINK(\"http://x\")", "@acme", "members").orElseThrow().value(0, 0));
    }
}
