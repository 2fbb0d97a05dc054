package dev.rapport.model;

import dev.rapport.scenario.Mechanisms;

/**
 * Net Promoter Score by its definition (Reichheld 2003): each surveyed consumer answers "how likely
 * is it that you would recommend the brand?" on 0–10; 9–10 are promoters, 0–6 detractors, 7–8
 * passives, and NPS is the percentage of promoters minus the percentage of detractors.
 *
 * <p>The answer, the likelihood to recommend, is round(latent) clamped to 0–10, with
 * latent = 10·trust + member bonus (members and advocates) + advocate bonus (advocates), from
 * {@code mechanisms.recommendation}. Trust is the consumer's beta-reputation expectation that the
 * brand delivers, so 10·trust is the plain reading of their experience; belonging raises it, and
 * a consumer in the detractor stage, who speaks against the brand, answers at most 6.
 *
 * <p>Who is surveyed ({@link #surveyed}): the brand's active customers (customers, members,
 * advocates) and its detractors, the consumers with a current relationship or a current
 * grievance, as a survey of the customer base reaches them. Lapsed customers are left out: their
 * evidence fades towards the prior, trust 0.5, which would read as a 5 (a detractor) although it
 * says only that they have forgotten the brand.
 */
public final class Nps {
    /** The lowest promoter answer. */
    public static final int PROMOTER = 9;
    /** The highest detractor answer. */
    public static final int DETRACTOR = 6;

    private final double memberBonus;
    private final double advocateBonus;

    public Nps(Mechanisms.Recommendation recommendation) {
        boolean on = recommendation.enabled();
        this.memberBonus = on ? recommendation.memberBonus() : 0;
        this.advocateBonus = on ? recommendation.advocateBonus() : 0;
    }

    /** The likelihood to recommend, 0–10, of a consumer with this trust at this stage. */
    public int likelihood(double trust, Stage stage) {
        return likelihood(trust, stage.code());
    }

    int likelihood(double trust, byte stage) {
        int answer = (int) Math.max(0, Math.min(10, Math.round(latent(trust, stage))));
        return stage == Stage.DETRACTOR_CODE ? Math.min(answer, DETRACTOR) : answer;
    }

    /**
     * The unrounded score. Hook: a per-consumer goodwill (value received and not yet returned)
     * would add its term here, so that every answer and the survey's classification follow it.
     */
    private double latent(double trust, byte stage) {
        double latent = 10 * trust;
        if (stage == Stage.MEMBER_CODE || stage == Stage.ADVOCATE_CODE) {
            latent += memberBonus;
        }
        if (stage == Stage.ADVOCATE_CODE) {
            latent += advocateBonus;
        }
        return latent;
    }

    /** Whether a consumer at this stage is asked: active customers and detractors. */
    public static boolean surveyed(Stage stage) {
        return surveyed(stage.code());
    }

    static boolean surveyed(byte stage) {
        return Stage.active(stage) || stage == Stage.DETRACTOR_CODE;
    }

    /** A promoter answers 9 or 10. */
    public static boolean promoter(int likelihood) {
        return likelihood >= PROMOTER;
    }

    /** A detractor answers 0 to 6. */
    public static boolean detractor(int likelihood) {
        return likelihood <= DETRACTOR;
    }

    /** NPS in [-100, 100]: percentage of promoters minus percentage of detractors; 0 with no respondent. */
    public static double of(long promoters, long detractors, long respondents) {
        return respondents == 0 ? 0 : 100.0 * (promoters - detractors) / respondents;
    }
}
