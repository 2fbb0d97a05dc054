package dev.rapport.scenario;

import dev.rapport.scenario.bind.Default;
import dev.rapport.scenario.bind.Discriminator;
import dev.rapport.scenario.bind.Doc;
import dev.rapport.scenario.bind.MoneyAmount;
import dev.rapport.scenario.bind.Kind;
import dev.rapport.scenario.bind.Range;
import dev.rapport.scenario.bind.Required;

/** Something that happens to a brand at a set week, chosen by {@code type}. */
@Discriminator("type")
@Doc("An event at a set week, chosen by 'type'.")
public sealed interface EventSpec {

    String brand();

    double week();

    /**
     * A public crisis (the Nestlé Facebook episode of 2010): a share of the brand's aware consumers
     * have a bad experience at once and talk; how the brand responds decides whether it stays small.
     * What each response does is data ({@link Responses}), so which answer does best is found by
     * running the model, not written into it.
     */
    @Kind("crisis")
    @Doc("A crisis: a share of aware consumers get bad experiences at once; the response mode shapes what follows.")
    record Crisis(
            @Required @Doc("Brand hit by the crisis.") String brand,
            @Required @Range(min = 0) @Doc("Week it happens.") double week,
            @Default("3") @Range(min = 0, max = 100) @Doc("Bad experiences each affected consumer takes (negative evidence).") double severity,
            @Default("0.2") @Range(min = 0, max = 1) @Doc("Share of consumers aware of the brand who are affected.") double shareAffected,
            @Default("ignore") @Doc("How the brand responds: ignore, defensive or honest; what each does is set under 'responses'.") Response response,
            @Doc("What each response mode does to negative talk and to the affected consumers' evidence.") Responses responses,
            @Default("1") @Range(min = 0, max = 520) @Doc("Weeks before the response lands; until then the 'ignore' effects apply. At most 'buzz_weeks'.") double responseDelayWeeks,
            @Default("8") @Range(min = 0, max = 520) @Doc("Weeks the crisis stays in the news: negative talk is multiplied by the response's 'negative_talk' until then.") double buzzWeeks,
            @Default("0") @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Cost of the response (paid from the strategy's budget if it fits).") double responseCost) implements EventSpec {
        public Crisis {
            brand = DisplayNames.normalize(brand);
        }

        /** The effects of the response this crisis gets. */
        public ResponseEffects effects() {
            return responses.of(response);
        }
    }

    /**
     * What each way of answering a crisis does. Every mode has the same three keys; only their
     * defaults differ. Give the three modes equal values and they give equal results.
     */
    @Doc("What each response mode does. Every mode has the same keys (negative_talk, backlash, recovery); only the defaults differ, so the order of the modes is an assumption you can change. See docs/model-odd.md for the sources and what is assumed.")
    record Responses(
            @Doc("Saying nothing; also what applies before any answer lands.") Ignore ignore,
            @Doc("A defensive answer (denial, attacking the critics).") Defensive defensive,
            @Doc("An honest, accommodative answer (admitting, apologising, putting right).") Honest honest) {
        /** The effects of one mode. */
        public ResponseEffects of(Response response) {
            return switch (response) {
                case IGNORE -> ignore;
                case DEFENSIVE -> defensive;
                case HONEST -> honest;
            };
        }
    }

    /** What one response mode does: the talk multiplier and the evidence it gives the affected. */
    sealed interface ResponseEffects permits Ignore, Defensive, Honest {
        /** Multiplier of detractors' negative voice about the brand while the crisis is in the news. */
        double negativeTalk();

        /** Negative evidence each affected consumer takes when the answer lands, per unit of severity. */
        double backlash();

        /** Positive evidence each affected consumer takes when the answer lands, per unit of severity. */
        double recovery();
    }

    /** Saying nothing; also what applies before any answer lands. */
    @Doc("Ignoring the crisis (saying nothing). Its negative_talk also applies from the crisis until any answer lands; its backlash and recovery come response_delay_weeks after the crisis, when silence has become the answer.")
    record Ignore(
            @Default("1.5") @Range(min = 0, max = 100) @Doc("Multiplier of negative talk about the brand while the crisis is in the news (1: as usual). Assumption: calibrate with your own data.") double negativeTalk,
            @Default("0") @Range(min = 0, max = 100) @Doc("Negative evidence each affected consumer takes when the answer lands, in units of the severity.") double backlash,
            @Default("0") @Range(min = 0, max = 100) @Doc("Positive evidence each affected consumer takes when the answer lands, in units of the severity.") double recovery) implements ResponseEffects {
    }

    /** A defensive answer: denial, blaming the critics, deleting their posts. */
    @Doc("A defensive answer: denial, attacking the accuser, deleting criticism (Nestlé's Facebook moderator in 2010).")
    record Defensive(
            @Default("2.5") @Range(min = 0, max = 100) @Doc("Multiplier of negative talk about the brand from the answer until the crisis leaves the news (1: as usual). Assumption: calibrate with your own data.") double negativeTalk,
            @Default("0.5") @Range(min = 0, max = 100) @Doc("Negative evidence each affected consumer takes when the answer lands, in units of the severity (backlash). Assumption: calibrate with your own data.") double backlash,
            @Default("0") @Range(min = 0, max = 100) @Doc("Positive evidence each affected consumer takes when the answer lands, in units of the severity.") double recovery) implements ResponseEffects {
    }

    /** An honest, accommodative answer: admitting the problem, apologising, putting it right. */
    @Doc("An honest, accommodative answer: admitting the problem, apologising, putting it right (service recovery).")
    record Honest(
            @Default("0.75") @Range(min = 0, max = 100) @Doc("Multiplier of negative talk about the brand from the answer until the crisis leaves the news (1: as usual). Assumption: calibrate with your own data.") double negativeTalk,
            @Default("0") @Range(min = 0, max = 100) @Doc("Negative evidence each affected consumer takes when the answer lands, in units of the severity.") double backlash,
            @Default("0.8") @Range(min = 0, max = 100) @Doc("Positive evidence each affected consumer takes when the answer lands, in units of the severity (service recovery); below 1 the crisis is not fully made good (no recovery paradox in loyalty, de Matos et al. 2007). Assumption: calibrate with your own data.") double recovery) implements ResponseEffects {
    }

    /** A change in product quality, e.g. a better product launched or a supply problem. */
    @Kind("quality_change")
    @Doc("Product quality changes from this week on.")
    record QualityChange(
            @Required @Doc("Brand whose quality changes.") String brand,
            @Required @Range(min = 0) @Doc("Week it happens.") double week,
            @Required @Range(min = 0, max = 1) @Doc("New probability of a good experience.") double quality) implements EventSpec {
        public QualityChange {
            brand = DisplayNames.normalize(brand);
        }
    }

    /** How a brand answers a crisis. */
    enum Response { IGNORE, DEFENSIVE, HONEST }
}
