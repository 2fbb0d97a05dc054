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
     * A public crisis (the Nestlé Facebook episode): a share of the brand's aware consumers have a
     * bad experience at once and talk; how the brand responds decides whether it stays small.
     */
    @Kind("crisis")
    @Doc("A crisis: a share of aware consumers get bad experiences at once; the response mode shapes what follows.")
    record Crisis(
            @Required @Doc("Brand hit by the crisis.") String brand,
            @Required @Range(min = 0) @Doc("Week it happens.") double week,
            @Default("3") @Range(min = 0, max = 100) @Doc("Bad experiences each affected consumer takes (negative evidence).") double severity,
            @Default("0.2") @Range(min = 0, max = 1) @Doc("Share of consumers aware of the brand who are affected.") double shareAffected,
            @Default("ignore") @Doc("How the brand responds: ignore, defensive or honest.") Response response,
            @Default("1") @Range(min = 0, max = 520) @Doc("Weeks before the response lands.") double responseDelayWeeks,
            @Default("8") @Range(min = 0, max = 520) @Doc("Weeks the crisis keeps negative talk amplified (or damped, if honest).") double buzzWeeks,
            @Default("0") @MoneyAmount @Range(min = 0, max = 1e12) @Doc("Cost of the response (paid from the strategy's budget if it fits).") double responseCost) implements EventSpec {
        public Crisis {
            brand = DisplayNames.normalize(brand);
        }
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
