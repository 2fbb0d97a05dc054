package dev.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A metric whose mechanism is off is not applicable: "n/a" in the terminal, null with its reason in
 * summary.json, absent from series.csv, and never a headline; and no leader is named on a metric
 * on which the strategies ended equal in every replication.
 */
class NotApplicableCliTest {
    private static final String MARKET = """
            name: %s
            seed: 5
            replications: 3
            time: {horizon_weeks: 20, tick: week}
            population: {size: 400}
            brands:
              - {name: acme, price: 40, initial_awareness: 0.2, initial_customers: 0.05}
            """;

    @Test
    void withTrustOffTrustAndNpsAreNotApplicableAndNoStrategyLeadsOnTrust(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), MARKET.formatted("trust off") + """
                mechanisms: {trust: {enabled: false}}
                strategies:
                  - name: spend
                    budget: 20000
                    plan:
                      - {lever: advertising, weeks: all, per_week: 500}
                  - name: invest
                    budget: 20000
                    plan:
                      - {lever: value_delivery, weeks: all, per_week: 300}
                """);
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("run", file.toString(), "--out", out.toString(), "--threads", "1", "-q");
        assertEquals(0, cli.exitCode(), cli.err());
        assertFalse(cli.out().contains("Leads on trust"), cli.out());
        assertTrue(cli.out().contains("\nn/a: trust, NPS (mechanisms.trust is off: trust stays 0.5)\n"), cli.out());
        String spendRow = cli.out().lines().filter(l -> l.startsWith("spend ")).findFirst().orElseThrow();
        assertTrue(spendRow.endsWith("n/a  n/a"), spendRow);
        assertTrue(cli.out().contains("Leads on cumulative profit"), cli.out());

        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("mechanisms.trust is off: trust stays 0.5", summary.get("not_applicable").get("nps").asText());
        assertEquals("mechanisms.trust is off: trust stays 0.5", summary.get("not_applicable").get("trust").asText());
        assertFalse(summary.get("not_applicable").has("members"), summary.get("not_applicable").toString());
        int npsRows = 0;
        for (JsonNode m : summary.get("metrics")) {
            if (m.get("metric").asText().equals("nps")) {
                npsRows++;
                assertTrue(m.get("mean").isNull(), m.toString());
                assertEquals(3, m.get("n").asInt(), m.toString());
                assertEquals("mechanisms.trust is off: trust stays 0.5", m.get("not_applicable").asText());
            } else if (m.get("metric").asText().equals("cumulative_profit")) {
                assertFalse(m.has("not_applicable"), m.toString());
            }
        }
        assertEquals(3, npsRows, "one per strategy, baseline included, at the horizon");
        for (JsonNode c : summary.get("comparisons")) {
            assertFalse(c.get("metric").asText().equals("trust"), c.toString());
        }
        String csv = Files.readString(out.resolve("summary.csv"));
        assertTrue(csv.contains("\nspend,acme,nps,20,3,,,,\n"), csv);
        try (var lines = Files.lines(out.resolve("series.csv"))) {
            assertFalse(lines.anyMatch(l -> l.contains(",nps,") || l.contains(",trust,")));
        }
    }

    @Test
    void withMembershipOffMembersAreNotApplicable(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), MARKET.formatted("membership off") + """
                mechanisms: {membership: {enabled: false}}
                strategies:
                  - name: invest
                    budget: 20000
                    plan:
                      - {lever: community, weeks: all, per_week: 300}
                """);
        Path out = tmp.resolve("out");
        Cli cli = Cli.run("run", file.toString(), "--out", out.toString(), "--threads", "1", "-q");
        assertEquals(0, cli.exitCode(), cli.err());
        assertFalse(cli.out().contains("Leads on members"), cli.out());
        assertTrue(cli.out().contains("\nn/a: members, advocates (mechanisms.membership is off: nobody joins)\n"), cli.out());
        JsonNode na = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("not_applicable");
        for (String metric : new String[] {"members", "advocates", "tribe_cohesion", "engaged_ratio",
                "incremental_members", "referral_share", "acquired_referral", "viral_coefficient", "referral_depth"}) {
            assertTrue(na.has(metric), metric + " in " + na);
        }
        // Without members to greet or introduce, community spend changes nothing but the books.
        assertTrue(cli.out().contains("No difference in trust: every strategy ends at "), cli.out());
    }

    @Test
    void strategiesEqualInEveryReplicationHaveNoLeader(@TempDir Path tmp) throws IOException {
        // Two names for one plan on the same random numbers: equal in every replication by construction.
        Path file = Files.writeString(tmp.resolve("s.yaml"), MARKET.formatted("twins") + """
                outputs: {baseline: false}
                strategies:
                  - name: first
                    budget: 20000
                    plan:
                      - {lever: advertising, weeks: all, per_week: 500}
                  - name: second
                    budget: 20000
                    plan:
                      - {lever: advertising, weeks: all, per_week: 500}
                """);
        Cli cli = Cli.run("run", file.toString(), "--out", tmp.resolve("out").toString(), "--threads", "1", "-q");
        assertEquals(0, cli.exitCode(), cli.err());
        assertFalse(cli.out().contains("Leads on"), cli.out());
        assertFalse(cli.out().contains("beats"), cli.out());
        assertTrue(cli.out().contains("No difference in cumulative profit ("), cli.out());
        assertTrue(cli.out().contains("No difference in trust: every strategy ends at "), cli.out());
    }
}
