package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.model.network.Network;
import dev.rapport.scenario.LoadedScenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Listening to the contacts who talk ({@link Talkers}) hears, bit for bit, what listening to every
 * contact hears: every consumer, every tick, in count and in fraction mode, with hosting adding
 * ties during the run and an advocate programme making advocates (whose voice counts apart), and
 * on a scale-free network whose hubs have too many ties for a mask. The masks themselves say,
 * after every tick, exactly which ties lead to a record with anything in it.
 */
class TalkersTest {
    /** The test market: advertising, then hosting (which adds ties) and an advocate programme (which makes advocates). */
    static final String HOSTED = Harness.BASE.replace("    plan: []\n", """
                budget: 60000
                plan:
                  - {lever: advertising, weeks: 1-20, per_week: 300}
                  - {lever: community, weeks: all, per_week: 150}
                  - {lever: advocate_programme, weeks: all, per_week: 120}
            """);

    /** The hosted market on a scale-free network, whose hubs have more ties than a mask holds. */
    static final String SCALE_FREE = HOSTED.replace("{type: watts_strogatz, degree: 8, rewire: 0.1}",
            "{type: barabasi_albert, edges_per_node: 4}");

    /**
     * The hosted market at 3,000 consumers with many ties rewired far away, over 40 weeks; in
     * fraction mode, with strong ties, when {@code fraction}.
     */
    static LoadedScenario scattered(boolean fraction) {
        return fraction
                ? Harness.load(HOSTED, "population.size=3000", "network.rewire=0.4", "time.horizon_weeks=40",
                        "mechanisms.word_of_mouth.mode=fraction", "network.strong_tie_share=0.4")
                : Harness.load(HOSTED, "population.size=3000", "network.rewire=0.4", "time.horizon_weeks=40");
    }

    @Test
    void listeningToTalkersHearsWhatListeningToEveryoneHearsInCountMode() {
        check(scattered(false));
    }

    @Test
    void listeningToTalkersHearsWhatListeningToEveryoneHearsInFractionMode() {
        check(scattered(true));
    }

    @Test
    void hubsWithMoreTiesThanAMaskHoldsAreHeardInFull() {
        LoadedScenario loaded = Harness.load(SCALE_FREE, "population.size=3000", "time.horizon_weeks=30",
                "mechanisms.word_of_mouth.mode=fraction");
        MarketModel m = Harness.model(loaded);
        m.start();
        int hubs = 0;
        for (int i = 0; i < m.size; i++) {
            hubs += m.talkers.covers(i) ? 0 : 1;
        }
        assertTrue(hubs > 0, "no consumer has more than " + Talkers.MOST_TIES + " ties: the fallback went untested");
        check(m);
    }

    @Test
    void everyTieNamesItsBitInTheContactsMaskHubsExcepted() {
        for (String network : new String[] {"{type: barabasi_albert, edges_per_node: 4}",
                "{type: watts_strogatz, degree: 8, rewire: 0.4}"}) {
            MarketModel m = Harness.model(Harness.load(HOSTED.replace("{type: watts_strogatz, degree: 8, rewire: 0.1}", network),
                    "population.size=3000"));
            m.start();
            Network net = m.network;
            int hubTies = 0;
            for (int j = 0; j < m.size; j++) {
                for (int e = net.tiesFrom(j); e < net.tiesFrom(j + 1); e++) {
                    int i = net.tieContact(e);
                    if (m.talkers.covers(i)) {
                        assertEquals(net.tieIndex(i, j), net.tiesFrom(i) + m.talkers.mirrorBit(e), network + ": tie " + j + "-" + i);
                    } else {
                        assertEquals(-1, m.talkers.mirrorBit(e), network + ": tie to hub " + i);
                        hubTies++;
                    }
                }
            }
            assertEquals(network.contains("barabasi"), hubTies > 0, network + ": ties to hubs " + hubTies);
        }
    }

    /**
     * Walking the talking contacts visits, in the same order and with the same strength, the
     * contacts a full walk visits less the base contacts who say nothing: a hub's every contact,
     * and every tie hosting added.
     */
    @Test
    void aWalkOverTheTalkingContactsPassesOverOnlyTheSilentBaseContacts() {
        MarketModel m = Harness.model(Harness.load(SCALE_FREE, "population.size=2000", "time.horizon_weeks=30"));
        m.start();
        Network net = m.network;
        long passedOver = 0;
        long added = 0;
        for (int tick = 1; tick <= m.ticks; tick++) {
            m.schedule.step(m);
            for (int i = 0; i < m.size; i++) {
                List<String> full = new ArrayList<>();
                boolean hub = !m.talkers.covers(i);
                int base = net.tiesFrom(i + 1) - net.tiesFrom(i);
                int[] seen = {0};
                net.forEachContact(i, (j, strong) -> {
                    if (hub || seen[0]++ >= base || m.talkers.talking(j)) {
                        full.add(j + (strong ? "s" : "w"));
                    }
                });
                List<String> talking = new ArrayList<>();
                m.talkers.forEachTalkingContact(i, (j, strong) -> talking.add(j + (strong ? "s" : "w")));
                assertEquals(full, talking, "consumer " + i + " at tick " + tick);
                passedOver += net.degree(i) - talking.size();
                added += net.addedCount(i);
            }
        }
        assertTrue(passedOver > 0 && added > 0, "passed over " + passedOver + ", added ties " + added);
    }

    @Test
    void aMaskFollowsItsContactsRecordsAsTheyStartAndStopTalking() {
        MarketModel m = Harness.model(Harness.load(HOSTED, "population.size=2000", "network.rewire=0.3", "time.horizon_weeks=40"));
        m.start();
        Network net = m.network;
        long silentTies = 0;
        long talkingTies = 0;
        for (int tick = 1; tick <= m.ticks; tick++) {
            m.schedule.step(m);
            for (int i = 0; i < m.size; i++) {
                int from = net.tiesFrom(i);
                for (int e = from; e < net.tiesFrom(i + 1); e++) {
                    int said = Voices.STRIDE * net.tieContact(e);
                    boolean talks = false;
                    for (int f = 0; f < Voices.STRIDE; f++) {
                        talks |= m.voices.talk[said + f] != 0;
                    }
                    boolean bit = (m.talkers.mask[i] >>> (e - from) & 1) != 0;
                    assertEquals(talks, bit, "consumer " + i + "'s tie " + (e - from) + " at tick " + tick);
                    if (talks) {
                        talkingTies++;
                    } else {
                        silentTies++;
                    }
                }
            }
        }
        // Both kinds in number, so the masks were tested both ways and listening skipped contacts.
        assertTrue(silentTies > talkingTies / 10 && talkingTies > silentTies / 10,
                "talking ties " + talkingTies + ", silent ties " + silentTies);
    }

    /**
     * Each consumer's count of critics is, after every tick, the number of its contacts whose record
     * has anything bad in it, the ties hosting added included; and a tie added to a critic counts
     * it at once ({@link Talkers#introduce}).
     */
    @Test
    void criticsCountEveryContactWhoSaysAnythingBadAddedTiesIncluded() {
        MarketModel m = Harness.model(Harness.load(HOSTED, "population.size=2000", "network.rewire=0.3", "time.horizon_weeks=40",
                "mechanisms.detraction.threshold=0.45", "mechanisms.community.introduction_rate=2"));
        m.start();
        Network net = m.network;
        long critics = 0;
        long introduced = 0;
        for (int tick = 1; tick <= m.ticks; tick++) {
            m.schedule.step(m);
            for (int i = 0; i < m.size; i++) {
                int[] bad = new int[1];
                net.forEachContact(i, (j, strong) -> bad[0] += m.voices.talk[Voices.STRIDE * j + Voices.NEGATIVE] != 0 ? 1 : 0);
                assertEquals(bad[0], m.talkers.critics[i], "consumer " + i + "'s critics at tick " + tick);
                critics += bad[0];
                introduced += net.addedCount(i) > 0 ? 1 : 0;
            }
        }
        assertTrue(critics > 1000 && introduced > 500, "critic-ties " + critics + ", introduced consumer-ticks " + introduced);
        // A tie added now to a critic: counted by the other end at once.
        int critic = -1;
        for (int j = 0; j < m.size && critic < 0; j++) {
            critic = m.voices.talk[Voices.STRIDE * j + Voices.NEGATIVE] != 0 ? j : -1;
        }
        assertTrue(critic >= 0, "no critic at the end");
        for (int a = 0; a < m.size; a++) {
            if (net.addStrongTie(a, critic)) {
                int before = m.talkers.critics[a];
                m.talkers.introduce(a, critic);
                assertEquals(before + 1, m.talkers.critics[a]);
                break;
            }
        }
    }

    /**
     * Speaking passes over a consumer whose stage says nothing and did not change since the tick
     * before, when its record had nothing in it: that record must then hold zeros, as writing it
     * would have made it. The case that tells (a lapse caught up as a negative share, cleared the
     * tick after) must have happened.
     */
    @Test
    void aSilentConsumerWhoseStageStayedCarriesARecordOfZeros() {
        MarketModel m = Harness.model(Harness.load(HOSTED, "population.size=2000", "network.rewire=0.3", "time.horizon_weeks=40",
                "mechanisms.churn.base_rate=0.05"));
        m.start();
        byte[] before = m.consumers.stageAtTickStart.clone();
        float[] said = m.voices.talk.clone();
        long cleared = 0;
        long passedOver = 0;
        for (int tick = 1; tick <= m.ticks; tick++) {
            m.schedule.step(m);
            byte[] now = m.consumers.stageAtTickStart;
            for (int i = 0; i < m.size; i++) {
                byte st = now[i];
                if (st != before[i] || Stage.active(st) || st == Stage.DETRACTOR_CODE) {
                    continue;
                }
                passedOver++;
                boolean hadAny = false;
                for (int f = 0; f < Voices.STRIDE; f++) {
                    assertEquals(0f, Math.abs(m.voices.talk[Voices.STRIDE * i + f]),
                            "field " + f + " of consumer " + i + "'s record at tick " + tick);
                    hadAny |= said[Voices.STRIDE * i + f] != 0;
                }
                if (hadAny) {
                    cleared++;
                }
            }
            before = now.clone();
            said = m.voices.talk.clone();
        }
        assertTrue(passedOver > 0 && cleared > 0, "passed over " + passedOver + ", cleared after a caught-up move " + cleared);
    }

    @Test
    void severalBrandsOrCompleteMixingHaveNoTalkers() {
        MarketModel mixed = Harness.model(Harness.load(HOSTED.replace("{type: watts_strogatz, degree: 8, rewire: 0.1}",
                "{type: complete}"), "population.size=300"));
        mixed.start();
        assertEquals(null, mixed.talkers);
    }

    private static void check(LoadedScenario loaded) {
        MarketModel m = Harness.model(loaded);
        m.start();
        check(m);
    }

    /** Steps a started model to its horizon, comparing both ways of listening for every consumer after each tick's conversation. */
    private static void check(MarketModel m) {
        assertHearsAsEveryone(m, new Hearing(m, m.talkers), model -> { });
    }

    /**
     * Steps a started model to its horizon and, after each tick (and {@code eachTick}), asserts
     * that {@code way} hears for every consumer, bit for bit, what listening to every contact
     * hears; and that advocates were heard and hosting added ties, so neither went untested.
     */
    static void assertHearsAsEveryone(MarketModel m, Hearing way, java.util.function.Consumer<MarketModel> eachTick) {
        Hearing everyone = new Hearing(m);
        double[] a = new double[Hearing.FIELDS];
        double[] b = new double[Hearing.FIELDS];
        int advocatesHeard = 0;
        for (int tick = 1; tick <= m.ticks; tick++) {
            m.schedule.step(m);
            eachTick.accept(m);
            for (int i = 0; i < m.size; i++) {
                way.listen(i, a, 0);
                everyone.listen(i, b, 0);
                for (int f = 0; f < Hearing.FIELDS; f++) {
                    assertEquals(Double.doubleToRawLongBits(b[f]), Double.doubleToRawLongBits(a[f]),
                            "consumer " + i + " field " + f + " at tick " + tick + ": " + b[f] + " vs " + a[f]);
                }
                if (b[Hearing.ADVOCATE] > 0) {
                    advocatesHeard++;
                }
            }
        }
        assertTrue(advocatesHeard > 0, "no advocate was ever heard: the advocate part went untested");
        assertTrue(m.network.tieCount() > (long) m.size * 4, "hosting added no tie");
    }
}
