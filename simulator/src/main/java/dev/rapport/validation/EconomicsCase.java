package dev.rapport.validation;

import dev.rapport.model.Metric;
import dev.rapport.model.Nps;
import dev.rapport.model.Reputation;
import dev.rapport.model.Stage;
import dev.rapport.scenario.Mechanisms;
import dev.rapport.scenario.LoadedScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer economics: the simulated CLV of scenarios/validation/clv.yaml (margin 100, weekly
 * retention 0.8, discount 0.1 a week, retention decided before each week's purchases) against
 * m·r/(1 + d − r) = 266.67; the model's beta-reputation trust after 8 positive and 2 negative
 * experiences against 9/12 = 0.75; and the model's NPS of a panel with 30% promoters and 20%
 * detractors against +10. Trust and NPS call the model's own functions, so they are exact.
 */
final class EconomicsCase implements ValidationCase {
    static final double MARGIN = 100;
    static final double RETENTION = 0.8;
    static final double DISCOUNT = 0.1;
    /** The relative band for CLV. */
    static final double CLV_BAND = 0.01;
    private static final double EXACT = 1e-9;

    private final int size;
    private final int replications;

    EconomicsCase(int size, int replications) {
        this.size = size;
        this.replications = replications;
    }

    @Override
    public String title() {
        return Format.f("Customer economics: CLV (N = %d x %d), beta trust, NPS", size, replications);
    }

    @Override
    public List<CaseResult> run(Replications runs) {
        List<CaseResult> out = new ArrayList<>();
        LoadedScenario s = BundledScenario.load("validation/clv.yaml", List.of("population.size=" + size));
        double[] clv = runs.run(s, replications, Metric.CLV).stream().mapToDouble(t -> t.last(Metric.CLV)).toArray();
        Sample sample = Sample.of(clv);
        double expected = ClassicAnswers.clv(MARGIN, RETENTION, DISCOUNT);
        out.add(CaseResult.within("CLV, m = 100, r = 0.8, d = 0.1: m r / (1 + d - r)", expected, sample.mean(),
                CLV_BAND * expected + 3 * sample.se(),
                Format.f("N = %d x %d runs; tol = 1%% (issue) + 3 SE, SE = %s", size, replications, Format.num(sample.se()))));
        out.add(CaseResult.within("Beta trust after 8 positive, 2 negative: (r+1)/(r+s+2)", 0.75,
                Reputation.trust(8, 2), EXACT, "the model's Reputation.trust; exact"));
        out.add(CaseResult.within("NPS with 30% promoters, 20% detractors", 10,
                panelNps(s.scenario().mechanisms().recommendation()), EXACT,
                "the model's Nps on 100 trust values (30 at 0.95, 50 at 0.75, 20 at 0.45); exact"));
        return out;
    }

    /** NPS of a panel of 100 customers' answers, by the model's own likelihood to recommend and its bands. */
    private static double panelNps(Mechanisms.Recommendation recommendation) {
        Nps nps = new Nps(recommendation);
        long promoters = 0;
        long detractors = 0;
        int respondents = 100;
        for (int i = 0; i < respondents; i++) {
            double trust = i < 30 ? 0.95 : i < 80 ? 0.75 : 0.45;
            int likelihood = nps.likelihood(trust, Stage.CUSTOMER);
            if (Nps.detractor(likelihood)) {
                detractors++;
            } else if (Nps.promoter(likelihood)) {
                promoters++;
            }
        }
        return Nps.of(promoters, detractors, respondents);
    }
}
