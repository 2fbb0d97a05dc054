package dev.rapport.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How many talking consumers' records change from one tick to the next in the flagship's mixed
 * strategy: the figure that decides whether keeping each consumer's heard totals and updating them
 * as contacts' records change ("push") could listen for less than re-summing the talking contacts
 * every tick (docs/performance.md). A customer's positive voice carries its goodwill's factor, and
 * value delivery gives most customers goodwill that fades every tick, so nearly every talker's
 * record changes every tick and push would send about as many updates as pull reads. The test
 * also pins the cause: without reciprocity a record moves only with its stage (and the catch-up
 * after a move) or with the brand's levers on talk, and far fewer do.
 * Run it alone to see the shares: {@code mvn -pl simulator -am test -Dtest=VoiceChurnTest}.
 */
class VoiceChurnTest {
    @Test
    void goodwillChangesNearlyEveryTalkersRecordEveryTick() {
        double withGoodwill = changedShare();
        double without = changedShare("mechanisms.reciprocity.enabled=false");
        System.out.printf("talking records changed per tick, flagship mixed, daily: %.1f%%; without reciprocity: %.1f%%%n",
                100 * withGoodwill, 100 * without);
        assertTrue(withGoodwill > 0.75, "share changed with goodwill " + withGoodwill);
        assertTrue(without < withGoodwill / 3, "share changed without goodwill " + without);
    }

    /** Share of talker-ticks whose record differs from the tick before, over a year of daily ticks at 4,000 consumers. */
    private static double changedShare(String... more) {
        List<String> overrides = new ArrayList<>(List.of("population.size=4000"));
        overrides.addAll(List.of(more));
        MarketModel m = Harness.flagshipMixedDaily(overrides.toArray(String[]::new));
        m.start();
        float[] before = new float[m.voices.talk.length];
        long talking = 0;
        long changed = 0;
        for (int tick = 1; tick <= m.ticks; tick++) {
            m.schedule.step(m);
            float[] now = m.voices.talk;
            for (int at = 0; at < now.length; at += Voices.STRIDE) {
                boolean talks = false;
                boolean differs = false;
                for (int f = 0; f < Voices.STRIDE; f++) {
                    talks |= now[at + f] != 0;
                    differs |= now[at + f] != before[at + f];
                }
                if (talks) {
                    talking++;
                    changed += differs ? 1 : 0;
                }
            }
            System.arraycopy(now, 0, before, 0, now.length);
        }
        assertTrue(talking > 100_000, "too few talker-ticks to judge: " + talking);
        return (double) changed / talking;
    }
}
